// Removes the keys of the duplicate pairs, as a graph written before V013 stored them.
MATCH ()-[r:DUPLICATE_OF]->()
REMOVE r.pairKey
