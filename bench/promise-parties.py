#!/usr/bin/env python3
"""Reading promises by party and by kommun when many promises have several kommuner and third parties (issue 8).

Usage: bench/promise-parties.py BASE_URL KOMMUN_TOKEN POLICE_TOKEN [PROMISES] [READS]
       (e.g. http://localhost:38080 "$KT" "$PT" 200 300, tokens of the demo users samordnare.bastad and
       kommunpolis.angelholm, made with bench/get-token.sh)
Seeds PROMISES published promises through the API (each for Båstad and Höganäs with LPO Ängelholm, two third parties,
owners per item and a quantified target; a quarter police-only), then times READS of each public read the issue adds:
  GET /api/v1/promises?municipality=1284      (a promise under each of its kommuner: = any(shown_in))
  GET /api/v1/promises?party=kustbevakningen  (a third party, by key, in the versions' JSON)
  GET /loften?q=Kustbevakningen               (full-text search finds a third party's name; not kept by the page cache)
  GET /loften/{id}                            (the document grouped by owners; kept bytes after the first)
The kommun's coordinator records the kommun's paper signature, the police user drafts, adds the items and records the
police's and the third parties' (an admin signs nothing). Prints p50/p95/p99/max in milliseconds.
"""
import http.client, json, sys, time, urllib.parse

base, kommun_token, token = sys.argv[1], sys.argv[2], sys.argv[3]
count = int(sys.argv[4]) if len(sys.argv) > 4 else 200
reads = int(sys.argv[5]) if len(sys.argv) > 5 else 300
u = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(u.hostname, u.port or 80)
auth = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
kommun = {"Authorization": "Bearer " + kommun_token, "Content-Type": "application/json"}

def call(method, path, body=None, headers=auth, expect=(200, 201)):
    conn.request(method, path, None if body is None else json.dumps(body), headers)
    r = conn.getresponse(); data = r.read()
    if r.status not in expect:
        sys.exit(f"{method} {path}: {r.status} {data[:300]!r}")
    return data

lpo = next(a["id"] for a in json.loads(call("GET", "/api/v1/local-police-areas")) if a["name"] == "Ängelholm")
t0 = time.perf_counter(); ids = []
for i in range(count):
    police_only = i % 4 == 3
    sides = {"localPoliceAreaIds": [lpo]} if police_only else {"municipalityCodes": ["1278", "1284"],
                                                               "localPoliceAreaIds": [lpo]}
    p = json.loads(call("POST", "/api/v1/promises", dict(sides, **{
        "title": f"Hamnbänk {i}", "validFrom": "2027-05-01", "validTo": "2028-05-31", "periodPrecision": "MONTH",
        "problemCategories": ["PUBLIC_DISORDER"], "introduction": "Inledning " * 60,
        "otherParties": [{"key": "kustbevakningen", "name": "Kustbevakningen", "kind": "AGENCY"},
                         {"key": "hamnbolaget", "name": f"Hamnbolaget {i}", "kind": "COMPANY"}],
        "areas": [{"name": "Båstad hamn"}]})))
    owners = [["POLICE"], ["kustbevakningen"], ["POLICE", "hamnbolaget"]] if police_only else \
        [["MUNICIPALITY", "POLICE"], ["kustbevakningen"], ["POLICE", "hamnbolaget", "MUNICIPALITY"]]
    for c in range(6):
        call("POST", f"/api/v1/promises/{p['id']}/commitments", {
            "owners": owners[c % 3], "text": f"Åtagande {c} " * 8, "activityType": "PATROL_PRESENCE",
            "problemCategories": ["PUBLIC_DISORDER"], "quantity": {"atLeast": 6, "unit": "insatser", "per": "YEAR"}})
    for party in ([] if police_only else ["MUNICIPALITY"]) + ["POLICE", "kustbevakningen", "hamnbolaget"]:
        call("POST", f"/api/v1/promises/{p['id']}/signatures", {
            "party": party, "name": "Namn " + party, "title": "Titel", "signedOn": time.strftime("%Y-%m-%d"),
            "place": "Båstad"}, headers=kommun if party == "MUNICIPALITY" else auth)
    call("POST", f"/api/v1/promises/{p['id']}/publish")
    ids.append(p["id"])
print(f"seeded {count} promises in {time.perf_counter() - t0:.1f} s")

def pct(xs, q):
    xs = sorted(xs); return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]
anonymous = {}
for name, path in [("by kommun", "/api/v1/promises?municipality=1284"),
                   ("by party", "/api/v1/promises?party=kustbevakningen"),
                   ("search page", "/loften?q=Kustbevakningen"),
                   ("promise page", None)]:
    for _ in range(20):  # warm-up, not counted
        call("GET", path or f"/loften/{ids[0]}", headers=anonymous)
    xs = []
    for r in range(reads):
        t = time.perf_counter()
        call("GET", path or f"/loften/{ids[r % len(ids)]}", headers=anonymous)
        xs.append((time.perf_counter() - t) * 1000)
    print(f"{name:13s} n={len(xs):4d} p50={pct(xs,.5):6.1f} p95={pct(xs,.95):6.1f} p99={pct(xs,.99):6.1f} "
          f"max={max(xs):6.1f} ms")
