#include "MinCostFlow.h"

#include <algorithm>
#include <functional>
#include <limits>
#include <queue>
#include <utility>

namespace relais {

namespace {

/// Larger than any distance or capacity, with room to add two of them.
constexpr qint64 Infinite = std::numeric_limits<qint64>::max() / 4;

} // namespace

MinCostFlow::MinCostFlow(int nodes)
    : m_nodes(nodes)
{
}

int MinCostFlow::addNode()
{
    return m_nodes++;
}

int MinCostFlow::addEdge(int from, int to, qint64 capacity, qint64 cost)
{
    Q_ASSERT(from >= 0 && from < m_nodes && to >= 0 && to < m_nodes && capacity >= 0);
    capacity = std::clamp<qint64>(capacity, 0, Infinite / 2);
    m_arcs.push_back({to, capacity, cost});
    m_arcs.push_back({from, 0, -cost});
    return edgeCount() - 1;
}

qint64 MinCostFlow::reducedCost(int arc) const
{
    const Arc &a = m_arcs[std::size_t(arc)];
    return a.cost + m_potential[std::size_t(tail(arc))] - m_potential[std::size_t(a.to)];
}

void MinCostFlow::buildAdjacency()
{
    m_start.assign(std::size_t(m_nodes) + 1, 0);
    for (int a = 0; a < int(m_arcs.size()); ++a)
        ++m_start[std::size_t(tail(a)) + 1];
    for (std::size_t v = 0; v < std::size_t(m_nodes); ++v)
        m_start[v + 1] += m_start[v];
    m_adjacent.resize(m_arcs.size());
    std::vector<int> next(m_start.begin(), m_start.end() - 1);
    for (int a = 0; a < int(m_arcs.size()); ++a)
        m_adjacent[std::size_t(next[std::size_t(tail(a))]++)] = a;
}

bool MinCostFlow::initialPotentials(int source)
{
    m_potential.assign(std::size_t(m_nodes), 0);
    const bool negative = std::any_of(m_arcs.begin(), m_arcs.end(), [](const Arc &a) { return a.capacity > 0 && a.cost < 0; });
    if (!negative)
        return true;
    // Bellman-Ford from the source over the arcs that can carry flow; a change in the n-th pass means a cycle.
    std::vector<qint64> distance(std::size_t(m_nodes), Infinite);
    distance[std::size_t(source)] = 0;
    for (int pass = 0; pass < m_nodes; ++pass) {
        bool changed = false;
        for (int a = 0; a < int(m_arcs.size()); ++a) {
            const Arc &arc = m_arcs[std::size_t(a)];
            const qint64 from = distance[std::size_t(tail(a))];
            if (arc.capacity > 0 && from != Infinite && from + arc.cost < distance[std::size_t(arc.to)]) {
                distance[std::size_t(arc.to)] = from + arc.cost;
                changed = true;
            }
        }
        if (!changed)
            break;
        if (pass == m_nodes - 1)
            return false;
    }
    // Nodes the source cannot reach never carry flow; their potential does not matter.
    for (std::size_t v = 0; v < distance.size(); ++v)
        m_potential[v] = distance[v] == Infinite ? 0 : distance[v];
    return true;
}

bool MinCostFlow::dijkstra(int source, int sink)
{
    using Entry = std::pair<qint64, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> heap;
    m_distance.assign(std::size_t(m_nodes), Infinite);
    m_distance[std::size_t(source)] = 0;
    heap.push({0, source});
    while (!heap.empty()) {
        const auto [d, u] = heap.top();
        heap.pop();
        if (d != m_distance[std::size_t(u)])
            continue;
        if (u == sink)
            break;
        for (int i = m_start[std::size_t(u)]; i < m_start[std::size_t(u) + 1]; ++i) {
            const int a = m_adjacent[std::size_t(i)];
            const Arc &arc = m_arcs[std::size_t(a)];
            if (arc.capacity == 0)
                continue;
            const qint64 next = d + reducedCost(a);
            if (next < m_distance[std::size_t(arc.to)]) {
                m_distance[std::size_t(arc.to)] = next;
                heap.push({next, arc.to});
            }
        }
    }
    const qint64 toSink = m_distance[std::size_t(sink)];
    if (toSink == Infinite)
        return false;
    // Distances capped at the sink's keep every reduced cost non-negative and make the shortest paths to the sink
    // exactly the arcs of reduced cost zero. Nodes not settled when the sink was reached are at least that far.
    for (std::size_t v = 0; v < std::size_t(m_nodes); ++v)
        m_potential[v] += std::min(m_distance[v], toSink);
    return true;
}

bool MinCostFlow::levelGraph(int source, int sink)
{
    m_level.assign(std::size_t(m_nodes), -1);
    std::vector<int> queue{source};
    m_level[std::size_t(source)] = 0;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int u = queue[head];
        // Nodes as far as the sink or farther lie on no shortest path to it.
        if (m_level[std::size_t(sink)] >= 0 && m_level[std::size_t(u)] >= m_level[std::size_t(sink)])
            break;
        for (int i = m_start[std::size_t(u)]; i < m_start[std::size_t(u) + 1]; ++i) {
            const int a = m_adjacent[std::size_t(i)];
            const Arc &arc = m_arcs[std::size_t(a)];
            if (arc.capacity > 0 && m_level[std::size_t(arc.to)] < 0 && reducedCost(a) == 0) {
                m_level[std::size_t(arc.to)] = m_level[std::size_t(u)] + 1;
                queue.push_back(arc.to);
            }
        }
    }
    return m_level[std::size_t(sink)] >= 0;
}

qint64 MinCostFlow::blockingFlow(int source, int sink)
{
    m_current.assign(m_start.begin(), m_start.end() - 1);
    std::vector<int> path; // arcs from the source to u
    qint64 total = 0;
    int u = source;
    for (;;) {
        if (u == sink) {
            qint64 push = Infinite;
            for (int a : path)
                push = std::min(push, m_arcs[std::size_t(a)].capacity);
            for (int a : path) {
                m_arcs[std::size_t(a)].capacity -= push;
                m_arcs[std::size_t(a ^ 1)].capacity += push;
            }
            total += push;
            // Resume from the tail of the first arc the push saturated.
            std::size_t k = 0;
            while (m_arcs[std::size_t(path[k])].capacity > 0)
                ++k;
            u = tail(path[k]);
            path.resize(k);
            continue;
        }
        int &i = m_current[std::size_t(u)];
        while (i < m_start[std::size_t(u) + 1]) {
            const int a = m_adjacent[std::size_t(i)];
            const Arc &arc = m_arcs[std::size_t(a)];
            if (arc.capacity > 0 && m_level[std::size_t(arc.to)] == m_level[std::size_t(u)] + 1 && reducedCost(a) == 0)
                break;
            ++i;
        }
        if (i < m_start[std::size_t(u) + 1]) {
            const int a = m_adjacent[std::size_t(i)];
            path.push_back(a);
            u = m_arcs[std::size_t(a)].to;
            continue;
        }
        // Dead end: no path to the sink through u in this level graph.
        if (u == source)
            break;
        m_level[std::size_t(u)] = -1;
        const int back = path.back();
        path.pop_back();
        u = tail(back);
        ++m_current[std::size_t(u)];
    }
    return total;
}

MinCostFlow::Result MinCostFlow::solve(int source, int sink)
{
    Result result;
    buildAdjacency();
    if (!initialPotentials(source)) {
        result.negativeCycle = true;
        return result;
    }
    if (source == sink)
        return result;
    while (dijkstra(source, sink)) {
        ++result.phases;
        while (levelGraph(source, sink))
            result.flow += blockingFlow(source, sink);
    }
    for (std::size_t e = 0; e < m_arcs.size(); e += 2)
        result.cost += m_arcs[e + 1].capacity * m_arcs[e].cost;
    return result;
}

} // namespace relais
