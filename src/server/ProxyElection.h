#pragma once

#include "Db.h"
#include "ProxyMatching.h"
#include "RecordStore.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace relais::server {

/// A proxy-vote election as stored (a proxy_election record, docs/sync-protocol.md "Proxy votes"): its rounds
/// (one or two, each with its date), the limits of art. L73 or the ones it was given, its public forms' address.
struct ProxyElection {
    QString id;
    QString zone;
    QString name;
    QString slug;
    QString language = QStringLiteral("fr");
    QList<int> rounds;     ///< 1 and/or 2
    QList<QDate> dates;    ///< per entry of rounds
    ProxyRules rules;
    bool formsOpen = false;

    bool isEnglish() const { return language == QLatin1String("en"); }
    QString say(const QString &fr, const QString &en) const { return isEnglish() ? en : fr; }
    /// "1st round (11 April 2027)" in the election's language.
    QString roundLabel(int round) const;
    int roundMask() const;

    static constexpr int MaxRulesLimit = 10;
    /// The client's fields checked and normalised (zone is the caller's), or an empty object and *error.
    static QJsonObject clean(const QJsonObject &data, QString *error);
    static ProxyElection fromRecord(const StoredRecord &r);
    static std::optional<ProxyElection> byId(Db &db, const QString &id);
    static std::optional<ProxyElection> bySlug(Db &db, const QString &slug);
};

} // namespace relais::server
