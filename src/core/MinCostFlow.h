#pragma once

#include <QtGlobal>

#include <vector>

namespace relais {

/// Minimum-cost maximum flow on a directed graph with integer capacities and costs.
///
/// Primal-dual (successive shortest paths with node potentials), augmenting along all shortest paths at once:
/// each phase runs Dijkstra on the reduced costs (stopping at the sink, distances capped at the sink's), then a
/// Dinic blocking flow on the residual arcs whose reduced cost is zero, until no augmenting path is left in that
/// subgraph. The number of phases is the number of distinct shortest-path lengths met, which stays small when the
/// costs are small integers, however many units flow. Negative costs are allowed (the first potentials then come
/// from Bellman-Ford) as long as no cycle of negative cost is reachable from the source.
///
/// Deterministic: arcs are scanned in the order they were added, ties in Dijkstra go to the lower node.
class MinCostFlow
{
public:
    struct Result {
        qint64 flow = 0;
        qint64 cost = 0;
        int phases = 0;            ///< Dijkstra runs that found a path
        bool negativeCycle = false; ///< refused: a negative-cost cycle is reachable from the source (nothing flowed)
    };

    explicit MinCostFlow(int nodes = 0);

    int addNode();
    int nodeCount() const { return m_nodes; }
    /// An arc from -> to carrying at most `capacity` (>= 0) units at `cost` each; returns its index for flow().
    int addEdge(int from, int to, qint64 capacity, qint64 cost);
    int edgeCount() const { return int(m_arcs.size() / 2); }

    /// Sends as many units as possible from source to sink, at the lowest total cost among maximum flows.
    /// Call once, after adding every edge.
    Result solve(int source, int sink);
    /// Units on an edge after solve().
    qint64 flow(int edge) const { return m_arcs[std::size_t(edge) * 2 + 1].capacity; }

private:
    struct Arc {
        int to;
        qint64 capacity; ///< residual
        qint64 cost;
    };

    int tail(int arc) const { return m_arcs[std::size_t(arc ^ 1)].to; }
    qint64 reducedCost(int arc) const;
    void buildAdjacency();
    bool initialPotentials(int source);
    bool dijkstra(int source, int sink);
    bool levelGraph(int source, int sink);
    qint64 blockingFlow(int source, int sink);

    std::vector<Arc> m_arcs; ///< arc 2e is edge e, arc 2e + 1 its reverse
    int m_nodes = 0;
    std::vector<int> m_start;    ///< per node: its first arc in m_adjacent (node count + 1 entries)
    std::vector<int> m_adjacent; ///< arc indices grouped by tail, in the order they were added
    std::vector<qint64> m_potential;
    std::vector<qint64> m_distance;
    std::vector<int> m_level;
    std::vector<int> m_current;
};

} // namespace relais
