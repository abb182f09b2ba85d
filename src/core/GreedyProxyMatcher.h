#pragma once

#include "ProxyMatching.h"

namespace relais {

/// The baseline proxy-vote matcher, as a person would do it by hand: requests in id order, each round they need in
/// turn, given the closest offer that may still legally take them (polling station, then commune, then department;
/// ties by offer id). Fast and legal, but it neither maximises the slots served nor minimises the cost: an early
/// request can take the only offer a later one could have had. ProxyMatcher is the one to use; this one is what it
/// is measured against.
class GreedyProxyMatcher
{
public:
    explicit GreedyProxyMatcher(const ProxyRules &rules = {});

    /// The suggestions for an input; only `error` is set when the input is refused (checkMatchInput).
    MatchResult match(const QList<MatchRequest> &requests, const QList<MatchOffer> &offers) const;

private:
    ProxyRules m_rules;
};

} // namespace relais
