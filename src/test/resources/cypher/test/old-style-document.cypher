// A document as versions before V005 stored it: links also as id properties, LEADS with byConvention.
CREATE (d:Document {id: 'zz-old'})
CREATE (d)-[:HAS_SECTION]->(s:Section {id: 'zz-old/一、', documentId: 'zz-old', parentId: 'x', title: 'old'})
CREATE (d)-[:HAS_TASK]->(t:Task {id: 'zz-old/1', documentId: 'zz-old', sectionId: 'zz-old/一、', number: '1'})
CREATE (d)-[:SETS_TARGET]->(:Target {id: 'zz-old/target-1', documentId: 'zz-old', taskId: 'zz-old/1', metric: 'm'})
CREATE (d)-[:HAS_SOURCE]->(:DocumentSource {documentId: 'zz-old', text: 'old text'})
CREATE (:Unit {id: 'zz-old-unit'})-[:LEADS {byConvention: true, position: 0}]->(t)
