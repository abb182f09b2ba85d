#pragma once

namespace relais {

/// Rounding for the value axes of the statistics charts.
class ChartScale
{
public:
    /// A "nice" upper bound for a value axis: 1, 2 or 5 times a power of ten, at least `v` (10 for 0).
    static double niceCeiling(double v);
};

} // namespace relais
