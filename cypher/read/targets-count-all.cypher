// How many targets there are, when no filter narrows them: the label's count from the count store. Every target is set
// by its document, so it is the count of targets-count.
MATCH (g:Target)
RETURN count(g) AS count
