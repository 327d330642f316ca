// Removes the stored scopes of the SAME_MEASURE links, as a graph written before V014 had none.
MATCH ()-[s:SAME_MEASURE]->()
REMOVE s.scope, s.region, s.duplicateKey
