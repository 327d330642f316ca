#!/usr/bin/env python3
"""Load driver: times the dashboard queries against one or more running servers, interleaved (concurrency 1).

usage: queries.py NAME=URL [NAME=URL ...] [--reps N] [--budget SECONDS] [--json OUT] [--only TEXT]
                  [--pid NAME=PID ...]
Each round sends every query once to every server, in turn, so that the servers see the same load on this shared
machine. A query stops being repeated on a server once it has used its time budget there (slow quadratic queries).
Prints p50/p95 (ms) per query and server, and the result sizes (which must agree between servers).
--only keeps the queries whose name contains TEXT (repeatable). --pid NAME=PID: the server's process, whose CPU time
(user + system, /proc/PID/stat) is read around each request: p50 CPU ms per request, which on a shared machine says
more than wall time (it includes the server's background threads during the request). The load average is printed.
"""
import base64
import json
import os
import statistics
import sys
import time
import urllib.error
import urllib.request


def post(url, query):
    body = json.dumps({"query": query}).encode()
    req = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    for attempt in range(600):
        start = time.perf_counter()
        try:
            with urllib.request.urlopen(req, timeout=900) as r:
                data = r.read()
            break
        except urllib.error.HTTPError as e:
            # 503 until the server is ready (ReadinessGate: start-up work such as recomputing task links)
            if e.code != 503 or attempt == 599:
                raise
            time.sleep(1)
    ms = (time.perf_counter() - start) * 1000
    out = json.loads(data)
    if out.get("errors"):
        raise QueryError(f"{url}: {query}: {out['errors']}"[:400])
    return ms, out["data"]


class QueryError(Exception):
    """A GraphQL error: the query is left out for that server (e.g. an argument an earlier version lacks)."""


def size(data):
    (value,) = data.values()
    if isinstance(value, list):
        return len(value)
    if isinstance(value, dict) and "leads" in value:
        return len(value["leads"])
    if isinstance(value, dict) and "edges" in value:
        return len(value["edges"])
    return 1


def cpu_ms(pid):
    """User + system CPU time of a process so far, in ms."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def cursor(offset):
    """The cursor of the item at this offset (the API's opaque offset cursor), to ask for a later page."""
    return base64.urlsafe_b64encode(f"offset:{offset}".encode()).decode().rstrip("=")


def pct(values, p):
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) + 1)) - 1))
    return values[k]


def main(argv):
    servers, reps, budget, out, only, pids = [], 20, 60.0, None, [], {}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--reps":
            reps = int(argv[i + 1]); i += 2; continue
        if a == "--budget":
            budget = float(argv[i + 1]); i += 2; continue
        if a == "--json":
            out = argv[i + 1]; i += 2; continue
        if a == "--only":
            only.append(argv[i + 1]); i += 2; continue
        if a == "--pid":
            name, pid = argv[i + 1].split("=", 1)
            pids[name] = int(pid); i += 2; continue
        name, url = a.split("=", 1)
        servers.append((name, url))
        i += 1
    # a unit that leads tasks, from the first server
    _, units = post(servers[0][1], '{ units(search: "教育局") { name region } }')
    # one with its region: a bare 市教育局 names a unit of several regions
    unit = next((u for u in units["units"] if u["region"]), units["units"][0])
    region = json.dumps(unit["region"]) if unit["region"] else "null"
    unit_args = "name: %s, region: %s" % (json.dumps(unit["name"]), region)
    queries = {
        "documents { title taskCount }": "{ documents { title taskCount } }",
        "unit(name) { leads { title document { title } } }":
            '{ unit(%s) { leads { title document { title } } } }' % unit_args,
        "stats { total overdue byStatus }": "{ stats { total overdue byStatus { key count } } }",
        # one page of every paged list (an unpaged list longer than policygraph.graphql.max-list-items is refused
        # by design)
        "documents(first: 100)": "{ documents(first: 100) { id title taskCount } }",
        "tasks(filter: {unit, role: LEAD}, first: 50)":
            '{ tasks(filter: {unit: %s, region: %s, role: LEAD}, first: 50) { edges { node { id title '
            'leads { name } coResponsible { name } targets { text } } } pageInfo { hasNextPage } } }'
            % (json.dumps(unit["name"]), region),
        "units(orderBy: WORKLOAD, first: 12)": "{ units(orderBy: WORKLOAD, first: 12) { id name } }",
        "orphanTasks(first: 100) { id title }": "{ orphanTasks(first: 100) { id title } }",
        "duplicateDocuments(first: 100)":
            "{ duplicateDocuments(first: 100) { first { id title } second { id title } reason similarity } }",
        "duplicateDocuments(first: 100, offset: 1000)":
            "{ duplicateDocuments(first: 100, offset: 1000) { first { id } second { id } reason } }",
        "targets(first: 50)": "{ targets(first: 50) { edges { node { metric value year } } } }",
        "measures(first: 20)": "{ measures(first: 20) { edges { node { id taskCount documentCount } } } }",
        "duplicateTasks(first: 100)":
            "{ duplicateTasks(first: 100) { edges { node { first { id } second { id } score scope } } } }",
        "duplicateTasks(first: 100) after 1,000":
            '{ duplicateTasks(first: 100, after: "%s") { edges { node { first { id } second { id } score scope } } } }'
            % cursor(999),
        "duplicateTasks(first: 100) { totalCount }":
            "{ duplicateTasks(first: 100) { totalCount edges { node { first { id } second { id } score scope } } } }",
        "ownershipConflicts(first: 100)":
            "{ ownershipConflicts(first: 100) { edges { node { scope tasks { id } leads { name } } } } }",
        "ownershipConflicts(first: 100) after 1,000":
            '{ ownershipConflicts(first: 100, after: "%s") { edges { node { scope tasks { id } leads { name } } } } }'
            % cursor(999),
        "duplicateTasks(region: 浙江省, first: 100)":
            '{ duplicateTasks(region: "浙江省", first: 100) { edges { node { first { id } second { id } score } } } }',
        "ownershipConflicts(region: 浙江省, first: 100)":
            '{ ownershipConflicts(region: "浙江省", first: 100) { edges { node { scope tasks { id } } } } }',
        # the dashboard's count of conflicts
        "ownershipConflicts(first: 1) { totalCount }": "{ ownershipConflicts(first: 1) { totalCount } }",
        "changes(first: 50)": "{ changes(first: 50) { action actor at } }",
    }
    if only:
        queries = {q: text for q, text in queries.items() if any(o in q for o in only)}
    print(f"load average at start: {open('/proc/loadavg').read().split()[:3]}")
    times = {(q, s): [] for q in queries for s, _ in servers}
    cpu = {(q, s): [] for q in queries for s, _ in servers}
    spent = {(q, s): 0.0 for q in queries for s, _ in servers}
    sizes = {}
    errors = {}
    for name, url in servers:  # warm-up, and the sizes
        for q, text in queries.items():
            try:
                ms, data = post(url, text)
            except QueryError as e:
                errors[(q, name)] = str(e)
                sizes[(q, name)] = "error"
                continue
            spent[(q, name)] += ms / 1000
            sizes[(q, name)] = size(data)
    for _ in range(reps):
        for q, text in queries.items():
            for name, url in servers:
                if (q, name) in errors or spent[(q, name)] > budget and len(times[(q, name)]) >= 3:
                    continue
                before = cpu_ms(pids[name]) if name in pids else None
                ms, _ = post(url, text)
                if before is not None:
                    cpu[(q, name)].append(cpu_ms(pids[name]) - before)
                times[(q, name)].append(ms)
                spent[(q, name)] += ms / 1000
    rows = []
    header = "| query (concurrency 1) | " + " | ".join(f"{s} p50 / p95 ms" for s, _ in servers) + " | rows |"
    print(header)
    print("|---" * (len(servers) + 2) + "|")
    for q in queries:
        cells = []
        for s, _ in servers:
            t = times[(q, s)]
            c = cpu[(q, s)]
            cells.append((f"{statistics.median(t):,.0f} / {pct(t, 95):,.0f} (n={len(t)})" if t else "error")
                         + (f", CPU {statistics.median(c):,.0f}" if c else ""))
        print(f"| {q} | " + " | ".join(cells) + " | " + ", ".join(str(sizes[(q, s)]) for s, _ in servers) + " |")
        rows.append({"query": q, **{s: times[(q, s)] for s, _ in servers},
                     **{f"{s} cpu": cpu[(q, s)] for s, _ in servers if cpu[(q, s)]}})
    print(f"\nload average at the end: {open('/proc/loadavg').read().split()[:3]}")
    for (q, s), e in errors.items():
        print(f"\nerror {q} | {s}: {e}")
    if out:
        with open(out, "w") as f:
            json.dump({"unit": unit, "rows": rows, "sizes": {f"{q}|{s}": n for (q, s), n in sizes.items()}}, f)


if __name__ == "__main__":
    main(sys.argv[1:])
