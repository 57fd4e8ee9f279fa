// The peer: the Neo4j GraphQL Library over the same Neo4j, served by Apollo Server.
import { readFileSync, writeFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";
import { printSchema } from "graphql";

const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const port = Number(process.env.PORT ?? 4000);
const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");

const driver = neo4j.driver(uri, neo4j.auth.none(), { maxConnectionPoolSize: 100 });
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
if (process.argv.includes("--print-schema")) {
  console.log(printSchema(schema));
  process.exit(0);
}

// Memory as the harness reads it: heap and RSS, written every second.
if (process.env.PEER_MEMORY_FILE) {
  setInterval(() => writeFileSync(process.env.PEER_MEMORY_FILE, JSON.stringify(process.memoryUsage())), 1000).unref();
}

const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
console.log(`peer ready at ${url}`);
