#include "ChartScale.h"

#include <cmath>
#include <initializer_list>

namespace relais {

double ChartScale::niceCeiling(double v)
{
    if (v <= 0)
        return 10;
    const double magnitude = std::pow(10.0, std::floor(std::log10(v)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude >= v)
            return step * magnitude;
    return 10 * magnitude;
}

} // namespace relais
