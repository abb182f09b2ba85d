// The min-cost flow solver of the proxy-vote matcher (src/core/MinCostFlow) on small graphs, with negative costs
// and a negative cycle, and against the textbook Bellman-Ford reference on random graphs.
#include "MinCostFlow.h"
#include "ReferenceFlow.h"

#include <QRandomGenerator>
#include <QTest>

using namespace relais;
using namespace relais::test;

class TestMinCostFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:

    void minCostFlowSmallGraph()
    {
        // Two units must go; the cheap path holds one, the second takes the dearer one.
        MinCostFlow f(4);
        const int cheap = f.addEdge(0, 1, 1, 1);
        f.addEdge(1, 3, 5, 0);
        const int dear = f.addEdge(0, 2, 5, 3);
        f.addEdge(2, 3, 1, 0);
        const MinCostFlow::Result r = f.solve(0, 3);
        QCOMPARE(r.flow, qint64(2));
        QCOMPARE(r.cost, qint64(4));
        QCOMPARE(f.flow(cheap), qint64(1));
        QCOMPARE(f.flow(dear), qint64(1));
        QVERIFY(!r.negativeCycle);
    }

    void minCostFlowReroutes()
    {
        // The first unit's cheapest path (0-1-2-3) blocks the maximum flow; the second phase must undo its middle arc.
        MinCostFlow f(4);
        f.addEdge(0, 1, 1, 0);
        f.addEdge(0, 2, 1, 5);
        const int middle = f.addEdge(1, 2, 1, 0);
        f.addEdge(1, 3, 1, 5);
        f.addEdge(2, 3, 1, 0);
        const MinCostFlow::Result r = f.solve(0, 3);
        QCOMPARE(r.flow, qint64(2));
        QCOMPARE(r.cost, qint64(10));
        QCOMPARE(f.flow(middle), qint64(0));
    }

    void minCostFlowNegativeCycleRefused()
    {
        MinCostFlow f(4);
        f.addEdge(0, 1, 1, 0);
        f.addEdge(1, 2, 1, -3);
        f.addEdge(2, 1, 1, 1);
        f.addEdge(2, 3, 1, 0);
        const MinCostFlow::Result r = f.solve(0, 3);
        QVERIFY(r.negativeCycle);
        QCOMPARE(r.flow, qint64(0));
    }

    void minCostFlowMatchesReference()
    {
        // Random graphs with cycles (costs 0..9) and acyclic ones with negative costs, against Bellman-Ford paths.
        QRandomGenerator rng(20261123);
        int phasesBelowUnits = 0;
        for (int t = 0; t < 300; ++t) {
            const bool negative = t % 2 == 1;
            const int nodes = 2 + int(rng.bounded(9));
            std::vector<Arc> arcs;
            const int count = int(rng.bounded(nodes * 3));
            for (int e = 0; e < count; ++e) {
                int a = int(rng.bounded(nodes));
                int b = int(rng.bounded(nodes));
                if (negative && a > b)
                    std::swap(a, b);
                if (a == b)
                    continue;
                arcs.push_back({a, b, qint64(rng.bounded(5)), negative ? qint64(rng.bounded(15)) - 5 : qint64(rng.bounded(10))});
            }
            MinCostFlow f(nodes);
            for (const Arc &a : arcs)
                f.addEdge(a.from, a.to, a.capacity, a.cost);
            const MinCostFlow::Result r = f.solve(0, nodes - 1);
            const auto [flow, cost] = referenceMinCostFlow(nodes, arcs, 0, nodes - 1);
            QCOMPARE(r.flow, flow);
            QCOMPARE(r.cost, cost);
            // The edge flows are a flow: within capacity, conserved, and adding up to the reported cost.
            std::vector<qint64> balance(std::size_t(nodes), 0);
            qint64 sum = 0;
            for (std::size_t e = 0; e < arcs.size(); ++e) {
                const qint64 x = f.flow(int(e));
                QVERIFY(x >= 0 && x <= arcs[e].capacity);
                balance[std::size_t(arcs[e].from)] -= x;
                balance[std::size_t(arcs[e].to)] += x;
                sum += x * arcs[e].cost;
            }
            QCOMPARE(sum, r.cost);
            QCOMPARE(balance[std::size_t(nodes - 1)], r.flow);
            for (int v = 1; v + 1 < nodes; ++v)
                QCOMPARE(balance[std::size_t(v)], qint64(0));
            if (r.phases < r.flow)
                ++phasesBelowUnits;
        }
        QVERIFY2(phasesBelowUnits > 0, "no phase ever augmented more than one unit");
    }
};

QTEST_GUILESS_MAIN(TestMinCostFlow)
#include "tst_mincostflow.moc"
