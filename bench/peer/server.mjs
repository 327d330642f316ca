// The @neo4j/graphql peer (issue 12): Apollo Server over the project's embedded database, reached by Bolt.
// usage: NEO4J_URI=bolt://127.0.0.1:PORT NEO4J_PASSWORD=... PEER_PORT=4000 node server.mjs [--print-schema]
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { printSchema } from "graphql";
import neo4j from "neo4j-driver";

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const driver = neo4j.driver(process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687",
    neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
if (process.argv.includes("--print-schema")) {
    console.log(printSchema(schema));
    await driver.close();
    process.exit(0);
}
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
    listen: { host: "127.0.0.1", port: Number(process.env.PEER_PORT ?? 4000) },
});
console.log(`peer ready at ${url}`);
