#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace relais {

/// Which signatures of a petition to count or list (every part optional).
struct SignatureFilter {
    QString text;                ///< words of the names or e-mail (accents and case ignored)
    QString department;          ///< "D75"; empty: every department ("-" for signatures without one)
    std::optional<bool> optin;   ///< newsletter opt-in given or not
    QDate from, to;              ///< confirmed between these days (UTC), both included; invalid: open
};

/// One confirmed signature, as the results table shows it.
struct PetitionSignature {
    QString id;
    QString firstName, lastName, email, postalCode;
    QString department;          ///< "D75", or empty when the postal code was unknown
    QDateTime confirmedAt;       ///< UTC
    bool optin = false;
};

/// A count per key (a day, a department or a region code), as the charts need them.
struct KeyCount {
    QString key;
    qint64 count = 0;
    friend bool operator==(const KeyCount &, const KeyCount &) = default;
};

/// The results of one petition from the signatures in the replica (the signatures table kept by
/// SignatureIndex): totals, confirmed signatures per day and per department or region, and the signatures
/// themselves, filtered, in SQL over indexes, fast with 100,000 signatures. Only what this replica holds: a
/// department's cadre sees their department's signatures, the petition's owner all of them.
class PetitionResults
{
public:
    PetitionResults(const QSqlDatabase &db, const QString &petitionId);

    /// The number of signatures matching `filter` (all of the petition by default); -1 on error.
    qint64 count(const SignatureFilter &filter = {}) const;
    /// Confirmed signatures per UTC day ("2026-05-28"), oldest first, days without any left out.
    QList<KeyCount> perDay() const;
    /// Signatures per department code, most first (then by code); "" for unknown departments.
    QList<KeyCount> perDepartment() const;
    /// The same summed per region code ("R84"), most first; "" for departments outside the geography.
    QList<KeyCount> perRegion() const;
    /// Department counts (from here or from the server's totals) summed per region, most first.
    static QList<KeyCount> regionsOf(const QList<KeyCount> &perDepartment);
    /// The same sorted most first (then by key).
    static void sortByCount(QList<KeyCount> &counts);
    /// The departments that have signatures, by code.
    QStringList departments() const;
    /// The signatures matching `filter`, newest first; `limit` < 0 for all of them.
    QList<PetitionSignature> signatures(const SignatureFilter &filter = {}, int limit = -1, int offset = 0) const;

    QString lastError() const { return m_error; }

private:
    /// " AND ..." for `filter`, with its values appended to `values`.
    static QString where(const SignatureFilter &filter, QVariantList *values);
    QList<KeyCount> counts(const char *sql) const;

    QSqlDatabase m_db;
    QString m_petitionId;
    mutable QString m_error;
};

} // namespace relais
