#!/usr/bin/env python3
"""Drafting API latency: create, 10 commitments, 2 signatures, publish, through /api/v1/promises with a bearer token.

Usage: bench/promise-api.py BASE_URL TOKEN [ROUNDS]   (e.g. http://localhost:38080 "$TOKEN" 50)
The token is a personal API token of a user who may edit kommun 1278 and LPO Ängelholm and record paper signatures
for both (an admin token does). Prints p50/p95/p99/max per request kind and overall, in milliseconds.
"""
import http.client, json, sys, time, urllib.parse

base, token = sys.argv[1], sys.argv[2]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 50
u = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(u.hostname, u.port or 80)
headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
timings = {}

def call(kind, method, path, body=None, expect=(200, 201)):
    t = time.perf_counter()
    conn.request(method, path, None if body is None else json.dumps(body), headers)
    r = conn.getresponse(); data = r.read()
    timings.setdefault(kind, []).append((time.perf_counter() - t) * 1000)
    if r.status not in expect:
        sys.exit(f"{method} {path}: {r.status} {data[:300]!r}")
    return json.loads(data) if data else None

conn.request("GET", "/api/v1/local-police-areas", None, headers)
lpos = json.loads(conn.getresponse().read())
lpo = next(a["id"] for a in lpos if a["name"] == "Ängelholm")
for i in range(rounds):
    p = call("create", "POST", "/api/v1/promises", {
        "municipalityCode": "1278", "localPoliceAreaId": lpo, "title": f"Bench {i}", "validFrom": "2027-01-01",
        "validTo": "2027-12-31", "problemCategories": ["BURGLARY", "TRAFFIC"], "introduction": "Inledning " * 80,
        "problemDescription": "Problem " * 80, "situation": "Lägesbild " * 80, "followUpDescription": "Uppföljning " * 40})
    for c in range(10):
        call("commitment", "POST", f"/api/v1/promises/{p['id']}/commitments", {
            "party": ["MUNICIPALITY", "POLICE", "JOINT"][c % 3], "text": f"Åtagande {c} " * 10,
            "activityType": "SAFETY_WALK", "problemCategories": ["BURGLARY"], "places": ["Torekov"],
            "target": "12 kontroller", "indicator": "Antal", "responsibleRole": "Samordnare"})
    for party in ("MUNICIPALITY", "POLICE"):
        call("signature", "POST", f"/api/v1/promises/{p['id']}/signatures", {
            "party": party, "name": "Namn", "title": "Titel", "signedOn": time.strftime("%Y-%m-%d"), "place": "Båstad"})
    call("publish", "POST", f"/api/v1/promises/{p['id']}/publish")

def pct(xs, q):
    xs = sorted(xs); return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]
everything = [x for xs in timings.values() for x in xs]
print(f"{rounds} promises, {len(everything)} requests")
for kind, xs in list(timings.items()) + [("all", everything)]:
    print(f"{kind:11s} n={len(xs):5d} p50={pct(xs,.5):6.1f} p95={pct(xs,.95):6.1f} p99={pct(xs,.99):6.1f} max={max(xs):6.1f} ms")
