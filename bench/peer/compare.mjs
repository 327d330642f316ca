// Times the same logical dashboard queries against the project (GraphQL over HTTP), the @neo4j/graphql peer
// (server.mjs, GraphQL over HTTP) and hand-written Cypher through the driver, all on one database, interleaved, at
// each concurrency given; prints a Markdown table of p50/p95/p99 (ms) with the load average, and writes the raw
// figures as JSON. Not part of mvn verify (bench/perf/run.sh starts everything and calls it).
//
// usage: node compare.mjs --project URL --peer URL --bolt URI --password P [--reps N] [--concurrency 1,8]
//                         [--budget SECONDS] [--json OUT] [--only REGEX] [--before URL]
// --before: a second project server (e.g. main's jar on a copy of the same database), timed interleaved as well.
import { readFileSync, writeFileSync } from "node:fs";
import neo4j from "neo4j-driver";

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) =>
    a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc, []));
const reps = Number(args.reps ?? 20);
const budgetMs = Number(args.budget ?? 60) * 1000;
const levels = (args.concurrency ?? "1,8").split(",").map(Number);
const driver = neo4j.driver(args.bolt, neo4j.auth.basic("neo4j", args.password));

const loadavg = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");

async function gql(url, query, variables) {
    const res = await fetch(url, { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ query, variables }) });
    const out = await res.json();
    if (out.errors) throw new Error(`${url}: ${query}: ${JSON.stringify(out.errors)}`);
    return out.data;
}

async function cypher(text, params) {
    const { records } = await driver.executeQuery(text, params, { routing: neo4j.routing.READ });
    return records.map(r => r.toObject());
}

// the unit the dashboard would open: the education bureau that leads most tasks (found by Cypher, not timed)
const [unit] = await cypher(`MATCH (u:Unit) WHERE u.name CONTAINS '教育' AND u.scope <> ''
    RETURN u.id AS id, u.name AS name, u.scope AS scope, COUNT { (u)-[:LEADS]->() } AS leads
    ORDER BY leads DESC, id LIMIT 1`);
const today = new Date().toISOString().slice(0, 10);
const v = { id: unit.id, name: unit.name, region: unit.scope, today };

// each logical query: project and peer GraphQL (null where the peer cannot express it) and raw Cypher; size(data)
// counts the rows of the answer, which must agree between the sides
const queries = [
    {
        name: "tasks(filter: {unit, role: LEAD}, first: 50) with leads, co, targets",
        project: [`query($name: String!, $region: String) { tasks(filter: {unit: $name, region: $region, role: LEAD},
            first: 50) { edges { node { id title leads { name } coResponsible { name } targets { text } } }
            pageInfo { hasNextPage } } }`, d => d.tasks.edges.length],
        peer: [`query($id: ID!) { tasks(where: {leads: {some: {id: {eq: $id}}}}, limit: 50, sort: [{id: ASC}]) {
            id title leads { name } coResponsible { name } targets { text } } }`, d => d.tasks.length],
        cypher: [`MATCH (:Unit {id: $id})-[:LEADS]->(t:Task)<-[:HAS_TASK]-(d:Document)
            WITH t, d ORDER BY d.id, t.position LIMIT 51
            RETURN t.id AS id, t.title AS title,
              COLLECT { MATCH (t)<-[r:LEADS]-(u:Unit) RETURN u.name ORDER BY r.position } AS leads,
              COLLECT { MATCH (t)<-[r:CO_RESPONSIBLE_FOR]-(u:Unit) RETURN u.name ORDER BY r.position } AS co,
              COLLECT { MATCH (t)-[:SETS_TARGET]->(g:Target) RETURN g.text ORDER BY g.position } AS targets`,
            rows => Math.min(50, rows.length)],
    },
    {
        name: "unit(name) { leads { title document { title } } }",
        project: [`query($name: String!, $region: String) { unit(name: $name, region: $region) {
            leads { title document { title } } } }`, d => d.unit.leads.length],
        peer: [`query($name: String!, $region: String!) { units(where: {name: {eq: $name}, scope: {eq: $region}}) {
            leads { title document { title } } } }`, d => d.units[0].leads.length],
        cypher: [`MATCH (u:Unit {name: $name}) WHERE u.scope = $region
            MATCH (u)-[:LEADS]->(t:Task)<-[:HAS_TASK]-(d:Document)
            RETURN t.title AS title, d.title AS document ORDER BY d.id, t.position`, rows => rows.length],
    },
    {
        name: "documents { title taskCount }",
        project: [`{ documents { title taskCount } }`, d => d.documents.length],
        peer: [`{ documents(sort: [{id: ASC}]) { title taskCount } }`, d => d.documents.length],
        cypher: [`MATCH (d:Document) RETURN d.title AS title, d.taskCount AS taskCount ORDER BY d.id`,
            rows => rows.length],
    },
    {
        name: "orphanTasks { id title } (all)",
        project: [`{ orphanTasks { id title } }`, d => d.orphanTasks.length],
        peer: [`{ tasks(where: {kind: {eq: "task"}, leadsConnection: {aggregate: {count: {nodes: {eq: 0}}}},
            coResponsibleConnection: {aggregate: {count: {nodes: {eq: 0}}}}}, sort: [{id: ASC}])
            { id title } }`, d => d.tasks.length],
        cypher: [`MATCH (d:Document)-[:HAS_TASK]->(t:Task {kind: 'task'})
            WHERE NOT EXISTS { (t)<-[:LEADS|CO_RESPONSIBLE_FOR]-(:Unit) }
            RETURN t.id AS id, t.title AS title ORDER BY d.id, t.position`, rows => rows.length],
    },
    {
        name: "orphanTasks(first: 100) { id title }",
        project: [`{ orphanTasks(first: 100) { id title } }`, d => d.orphanTasks.length],
        peer: [`{ tasks(where: {kind: {eq: "task"}, leadsConnection: {aggregate: {count: {nodes: {eq: 0}}}},
            coResponsibleConnection: {aggregate: {count: {nodes: {eq: 0}}}}}, limit: 100,
            sort: [{id: ASC}]) { id title } }`, d => d.tasks.length],
        cypher: [`MATCH (d:Document) WHERE d.id IS NOT NULL
            MATCH (d)-[:HAS_TASK]->(t:Task {kind: 'task'})
            WHERE NOT EXISTS { (t)<-[:LEADS|CO_RESPONSIBLE_FOR]-(:Unit) }
            RETURN t.id AS id, t.title AS title ORDER BY d.id, t.position LIMIT 100`, rows => rows.length],
    },
    {
        name: "duplicateDocuments(first: 100)",
        project: [`{ duplicateDocuments(first: 100) { first { id title } second { id title } reason similarity } }`,
            d => d.duplicateDocuments.length],
        peer: null,
        cypher: [`MATCH (a:Document)-[r:DUPLICATE_OF]->(b:Document) WHERE r.pairKey >= ''
            WITH a, r, b ORDER BY r.pairKey LIMIT 100
            RETURN a.id AS first, a.title AS firstTitle, b.id AS second, b.title AS secondTitle, r.reason AS reason,
              r.similarity AS similarity`, rows => rows.length],
    },
    {
        name: "stats { total overdue byStatus }",
        project: [`{ stats { total overdue byStatus { key count } } }`, d => d.stats.byStatus.length],
        // the peer has no range filter on the String dates (its stats leave out overdue)
        peer: [`{ total: tasksConnection { aggregate { count { nodes } } }
            NOT_STARTED: tasksConnection(where: {status: {eq: "NOT_STARTED"}}) { aggregate { count { nodes } } }
            IN_PROGRESS: tasksConnection(where: {status: {eq: "IN_PROGRESS"}}) { aggregate { count { nodes } } }
            DONE: tasksConnection(where: {status: {eq: "DONE"}}) { aggregate { count { nodes } } }
            BLOCKED: tasksConnection(where: {status: {eq: "BLOCKED"}}) { aggregate { count { nodes } } } }`,
            d => ["NOT_STARTED", "IN_PROGRESS", "DONE", "BLOCKED"].filter(s => d[s].aggregate.count.nodes > 0).length],
        cypher: [`MATCH (t:Task) RETURN count(*) AS total, count(CASE WHEN t.overdueFrom <= $today THEN 1 END) AS overdue,
            collect(DISTINCT t.status) AS statuses`, rows => rows[0].statuses.length],
    },
    {
        name: "units(orderBy: WORKLOAD, first: 12) { workload }",
        project: [`{ units(orderBy: WORKLOAD, first: 12) { id name workload { leads coResponsible overdue } } }`,
            d => d.units.length],
        peer: null,
        cypher: [`MATCH (u:Unit) WITH u, COUNT { (u)-[:LEADS|CO_RESPONSIBLE_FOR]->() } AS load
            ORDER BY load DESC, u.scope, u.name LIMIT 12
            RETURN u.id AS id, u.name AS name, COUNT { (u)-[:LEADS]->(:Task) } AS leads,
              COUNT { (u)-[:CO_RESPONSIBLE_FOR]->(:Task) } AS co,
              COUNT { MATCH (u)-[:LEADS|CO_RESPONSIBLE_FOR]->(t:Task) WHERE t.overdueFrom <= $today
                      RETURN DISTINCT t } AS overdue`, rows => rows.length],
    },
    {
        name: "targets(first: 1) { byYear { year count } }",
        project: [`{ targets(first: 1) { byYear { year count } } }`, d => d.targets.byYear.length],
        peer: null,
        cypher: [`MATCH (:Document)-[:SETS_TARGET]->(g:Target) RETURN g.year AS year, count(*) AS count ORDER BY year`,
            rows => rows.length],
    },
    {
        name: "measures(first: 20) { taskCount documents leads }",
        project: [`{ measures(first: 20) { edges { node { id taskCount documents { id } leads { name } } } } }`,
            d => d.measures.edges.length],
        peer: null,
        cypher: [`MATCH (m:Measure) WHERE m.taskCount >= 2 WITH m ORDER BY m.taskCount DESC, m.id LIMIT 20
            RETURN m.id AS id, m.taskCount AS taskCount,
              COLLECT { MATCH (m)<-[:OF_MEASURE]-(:Task)<-[:HAS_TASK]-(d:Document) RETURN DISTINCT d.id } AS documents,
              COLLECT { MATCH (m)<-[:OF_MEASURE]-(:Task)<-[:LEADS]-(u:Unit) RETURN DISTINCT u.name } AS leads`,
            rows => rows.length],
    },
];

// --only: the queries whose name matches (while working on a few of them)
if (args.only) queries.splice(0, queries.length, ...queries.filter(q => new RegExp(args.only).test(q.name)));

const sides = [
    ["before", q => q.project && args.before && (() => gql(args.before, q.project[0], v).then(q.project[1]))],
    ["project", q => q.project && (() => gql(args.project, q.project[0], v).then(q.project[1]))],
    ["peer", q => q.peer && args.peer && (() => gql(args.peer, q.peer[0], v).then(q.peer[1]))],
    ["cypher", q => q.cypher && (() => cypher(q.cypher[0], v).then(q.cypher[1]))],
];

function pct(values, p) {
    const s = [...values].sort((a, b) => a - b);
    return s[Math.max(0, Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1))];
}

const sizes = {};
const errors = {};
for (const q of queries) { // warm-up (two rounds, not timed) and the sizes of the answers
    for (const [side, make] of sides) {
        const run = make(q);
        if (!run) continue;
        try {
            await run();
            sizes[`${q.name}|${side}`] = await run();
        } catch (e) {
            errors[`${q.name}|${side}`] = String(e.message).slice(0, 300);
        }
    }
}

const results = [];
for (const c of levels) {
    const load = [loadavg()];
    const times = {};
    const spent = {};
    for (let rep = 0; rep < reps; rep++) {
        for (const q of queries) {
            for (const [side, make] of sides) {
                const key = `${q.name}|${side}`;
                const run = make(q);
                if (!run || errors[key] || (spent[key] ?? 0) > budgetMs && (times[key]?.length ?? 0) >= 3) continue;
                // c clients send the query at once; each one's latency counts
                const started = performance.now();
                const lat = await Promise.all(Array.from({ length: c }, async () => {
                    const t0 = performance.now();
                    await run();
                    return performance.now() - t0;
                }));
                spent[key] = (spent[key] ?? 0) + performance.now() - started;
                (times[key] ??= []).push(...lat);
            }
        }
        if (rep === Math.floor(reps / 2)) load.push(loadavg());
    }
    load.push(loadavg());
    results.push({ concurrency: c, load, times });
}

const cell = t => t ? `${pct(t, 50).toFixed(0)} / ${pct(t, 95).toFixed(0)} / ${pct(t, 99).toFixed(0)}` : "–";
const ratio = (a, b) => a && b ? (pct(b, 50) / pct(a, 50)).toFixed(1) + "x" : "–";
console.log(`Unit: ${unit.name} (${unit.scope}, leads ${unit.leads} tasks). Times in ms, p50 / p95 / p99.`);
for (const { concurrency, load, times } of results) {
    console.log(`\nConcurrency ${concurrency} (load average 1/5/15 min at start, middle, end: ${load.join("; ")})\n`);
    const b = args.before ? ["project before", "peer p50 / before p50"] : [];
    console.log(`| query | ${[b[0], "project", "@neo4j/graphql", "raw Cypher", b[1], "peer p50 / project p50",
        "project p50 / Cypher p50", "rows"].filter(Boolean).join(" | ")} |`);
    console.log(`|${"---|".repeat(args.before ? 9 : 7)}`);
    for (const q of queries) {
        const t = side => times[`${q.name}|${side}`];
        const rows = sides.map(([s]) => errors[`${q.name}|${s}`] ? "error" : sizes[`${q.name}|${s}`] ?? "–").join(", ");
        const before = args.before ? [cell(t("before"))] : [];
        const beforeRatio = args.before ? [ratio(t("before"), t("peer"))] : [];
        console.log(`| ${[q.name, ...before, cell(t("project")), cell(t("peer")), cell(t("cypher")), ...beforeRatio,
            ratio(t("project"), t("peer")), ratio(t("cypher"), t("project")), rows].join(" | ")} |`);
    }
}
for (const [k, e] of Object.entries(errors)) console.log(`\nerror ${k}: ${e}`);
if (args.json) writeFileSync(args.json, JSON.stringify({ unit, sizes, errors, results }));
await driver.close();
