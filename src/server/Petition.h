#pragma once

#include "RecordStore.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace relais::server {

/// A petition as the public pages and the signing path read it (the synced "petition" record).
struct Petition {
    QString id;
    QString zone;
    QString title;
    QString text; ///< Markdown
    qint64 goal = 0;
    QString slug;
    QDateTime opensAt;  ///< invalid: open since creation
    QDateTime closesAt; ///< invalid: never closes
    QString optinText;  ///< empty: no newsletter box
    QString language = QStringLiteral("fr");

    static Petition fromRecord(const StoredRecord &r);
    /// The petition published at `slug`, if any.
    static std::optional<Petition> bySlug(Db &db, const QString &slug);
    bool hasStarted(const QDateTime &now) const { return !opensAt.isValid() || now >= opensAt; }
    bool hasEnded(const QDateTime &now) const { return closesAt.isValid() && now >= closesAt; }
    bool isOpen(const QDateTime &now) const { return hasStarted(now) && !hasEnded(now); }
    bool isEnglish() const { return language == QLatin1String("en"); }
    /// `fr` or `en` by the petition's language (its public pages and e-mails speak the signers' language).
    QString say(const QString &fr, const QString &en) const { return isEnglish() ? en : fr; }

    static bool isValidSlug(const QString &slug);
};

} // namespace relais::server
