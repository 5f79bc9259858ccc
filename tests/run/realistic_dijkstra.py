# Shortest paths with Dijkstra's algorithm over a priority queue (heapq), then a timeline
# of arrivals kept sorted with bisect, and the k closest cities.
import heapq
import bisect

roads = {
    "Oslo": [("Bergen", 463), ("Trondheim", 494), ("Stavanger", 550)],
    "Bergen": [("Oslo", 463), ("Stavanger", 210), ("Alesund", 380)],
    "Trondheim": [("Oslo", 494), ("Alesund", 290), ("Bodo", 710)],
    "Stavanger": [("Oslo", 550), ("Bergen", 210)],
    "Alesund": [("Bergen", 380), ("Trondheim", 290)],
    "Bodo": [("Trondheim", 710), ("Tromso", 560)],
    "Tromso": [("Bodo", 560)],
}


def shortest(start):
    dist = {start: 0}
    prev = {}
    queue = [(0, start)]
    visited = set()
    while queue:
        d, city = heapq.heappop(queue)
        if city in visited:
            continue
        visited.add(city)
        for nxt, length in roads[city]:
            nd = d + length
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = city
                heapq.heappush(queue, (nd, nxt))
    return dist, prev


def path(prev, city):
    out = [city]
    while city in prev:
        city = prev[city]
        out.append(city)
    return " -> ".join(reversed(out))


dist, prev = shortest("Oslo")
for city in sorted(dist, key=dist.get):
    print(f"{city:10} {dist[city]:5} km  {path(prev, city)}")

print(heapq.nsmallest(3, dist.items(), key=lambda kv: kv[1])[1:])
print(heapq.nlargest(2, dist, key=dist.get))

timeline = []
arrivals = [("Bodo", 1204), ("Bergen", 463), ("Tromso", 1764), ("Alesund", 784), ("Trondheim", 494)]
for city, minute in arrivals:
    bisect.insort(timeline, (minute, city))
    print([c for _, c in timeline])
minutes = [m for m, _ in timeline]
for t in (0, 500, 800, 2000):
    print(f"by {t}: {bisect.bisect_right(minutes, t)} arrived")
