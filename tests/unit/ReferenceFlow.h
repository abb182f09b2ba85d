#pragma once
// The textbook min-cost max-flow the tests compare MinCostFlow and the matchers with.

#include <QtGlobal>

#include <algorithm>
#include <limits>
#include <utility>
#include <vector>

namespace relais::test {

/// Min-cost max-flow by Bellman-Ford shortest paths, one path at a time: the textbook reference.
struct Arc {
    int from;
    int to;
    qint64 capacity;
    qint64 cost;
};

inline std::pair<qint64, qint64> referenceMinCostFlow(int nodes, const std::vector<Arc> &arcs, int source, int sink)
{
    std::vector<Arc> residual;
    for (const Arc &a : arcs) {
        residual.push_back(a);
        residual.push_back({a.to, a.from, 0, -a.cost});
    }
    qint64 flow = 0;
    qint64 cost = 0;
    for (;;) {
        std::vector<qint64> distance(std::size_t(nodes), std::numeric_limits<qint64>::max());
        std::vector<int> via(std::size_t(nodes), -1);
        distance[std::size_t(source)] = 0;
        for (bool changed = true; changed;) {
            changed = false;
            for (std::size_t e = 0; e < residual.size(); ++e) {
                const Arc &a = residual[e];
                if (a.capacity > 0 && distance[std::size_t(a.from)] != std::numeric_limits<qint64>::max()
                    && distance[std::size_t(a.from)] + a.cost < distance[std::size_t(a.to)]) {
                    distance[std::size_t(a.to)] = distance[std::size_t(a.from)] + a.cost;
                    via[std::size_t(a.to)] = int(e);
                    changed = true;
                }
            }
        }
        if (via[std::size_t(sink)] < 0)
            return {flow, cost};
        qint64 push = std::numeric_limits<qint64>::max();
        for (int v = sink; v != source; v = residual[std::size_t(via[std::size_t(v)])].from)
            push = std::min(push, residual[std::size_t(via[std::size_t(v)])].capacity);
        for (int v = sink; v != source; v = residual[std::size_t(via[std::size_t(v)])].from) {
            residual[std::size_t(via[std::size_t(v)])].capacity -= push;
            residual[std::size_t(via[std::size_t(v)] ^ 1)].capacity += push;
        }
        flow += push;
        cost += push * distance[std::size_t(sink)];
    }
}

} // namespace relais::test
