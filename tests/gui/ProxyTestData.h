#pragma once
// The fixture of tst_proxies: a real encrypted profile whose replica is filled with proxy-vote records as if pulled
// from the server (elections, requests, offers, matches, the account's grants), and small helpers to reach the
// page's widgets.

#include "ProfileSession.h"
#include "ReplicaProfile.h"
#include "ProxyListPanel.h"
#include "ProxySuggestionModel.h"
#include "RecordRepository.h"
#include "Replica.h"
#include "SyncRecordStore.h"
#include "SyncStore.h"
#include "ZoneTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QSet>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace relais::proxytest {

inline const QString Passphrase = QStringLiteral("proxies tests passphrase");
inline const QString Election = QStringLiteral("0190f000-0000-7000-8000-0000000000e1");
inline const QString MatchType = QStringLiteral("proxy_match");
inline const QString Server = QStringLiteral("https://relais.example.org");

/// Ids that sort in their number's order (the engines break ties by id).
inline QString requestId(int n)
{
    return QStringLiteral("0190f000-0000-7000-8001-%1").arg(n, 12, 10, QLatin1Char('0'));
}
inline QString offerId(int n)
{
    return QStringLiteral("0190f000-0000-7000-8002-%1").arg(n, 12, 10, QLatin1Char('0'));
}
inline QString matchId(int n)
{
    return QStringLiteral("0190f000-0000-7000-8003-%1").arg(n, 12, 10, QLatin1Char('0'));
}

template <typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

inline void typeIn(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    Q_EMIT edit->textEdited(edit->text());
}

struct Person {
    QString first;
    QString last;
    QString zone;
    QString postal;
    QString communeCode;
    QString commune;
    QString station;
    QList<int> rounds;
    QString contact;
    bool abroad = false;
    QString status = QStringLiteral("open");
};

inline QJsonObject personJson(const QString &id, const Person &p)
{
    QJsonArray rounds;
    for (int r : p.rounds)
        rounds.append(r);
    return {{QStringLiteral("id"), id}, {QStringLiteral("zone"), p.zone}, {QStringLiteral("election_id"), Election},
            {QStringLiteral("contact_id"), p.contact}, {QStringLiteral("first_name"), p.first},
            {QStringLiteral("last_name"), p.last},
            {QStringLiteral("email"), QString(ZoneTree::foldForSearch(p.first) + u'.' + ZoneTree::foldForSearch(p.last)
                                              + QStringLiteral("@example.org"))},
            {QStringLiteral("phone"), QStringLiteral("+33612345678")}, {QStringLiteral("postal_code"), p.postal},
            {QStringLiteral("commune_code"), p.communeCode}, {QStringLiteral("commune"), p.commune},
            {QStringLiteral("polling_station"), p.station}, {QStringLiteral("rounds"), rounds},
            {QStringLiteral("abroad"), p.abroad},
            {QStringLiteral("status"), p.status}, {QStringLiteral("source"), QStringLiteral("form")},
            {QStringLiteral("confirmed_at"), QStringLiteral("2027-03-01T10:00:00.000Z")},
            {QStringLiteral("updated_at"), QStringLiteral("2027-03-01T10:00:00.000Z")}};
}

inline QJsonObject electionJson(const QString &zone, int rounds = 2)
{
    QJsonArray r{QJsonObject{{QStringLiteral("round"), 1}, {QStringLiteral("date"), QStringLiteral("2027-04-11")}}};
    if (rounds == 2)
        r.append(QJsonObject{{QStringLiteral("round"), 2}, {QStringLiteral("date"), QStringLiteral("2027-04-25")}});
    return {{QStringLiteral("id"), Election}, {QStringLiteral("zone"), zone},
            {QStringLiteral("name"), QStringLiteral("Municipales 2027")}, {QStringLiteral("slug"), QStringLiteral("municipales-2027")},
            {QStringLiteral("rounds"), r},
            {QStringLiteral("rules"), QJsonObject{{QStringLiteral("max_total"), 2}, {QStringLiteral("max_in_france"), 1}}},
            {QStringLiteral("forms_open"), true}, {QStringLiteral("language"), QStringLiteral("fr")},
            {QStringLiteral("updated_at"), QStringLiteral("2027-02-01T10:00:00.000Z")}};
}

inline QJsonObject matchJson(const QString &id, const QString &request, const QString &offer, int round, const QString &status,
                      const QString &reason = QStringLiteral("same_commune"), const QJsonArray &history = {},
                      const QString &zone = QStringLiteral("D69"))
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("zone"), zone},
            {QStringLiteral("election_id"), Election}, {QStringLiteral("round"), round},
            {QStringLiteral("request_id"), request}, {QStringLiteral("offer_id"), offer},
            {QStringLiteral("status"), status}, {QStringLiteral("reason"), reason}, {QStringLiteral("note"), QString()},
            {QStringLiteral("history"), history}, {QStringLiteral("updated_at"), QStringLiteral("2027-03-02T18:00:00.000Z")}};
}

struct Profile : test::ReplicaProfile {
    bool open() { return ReplicaProfile::open(QStringLiteral("Procurations"), Passphrase); }
    using ReplicaProfile::pull;
    /// A record pulled into its own zone's bucket.
    bool pull(const QString &type, const QJsonObject &data) { return pull(type, data.value(QLatin1String("zone")).toString(), data); }
    bool pullRequest(int n, const Person &p) { return pull(ProxyBoard::RequestType, personJson(requestId(n), p)); }
    bool pullOffer(int n, const Person &p)
    {
        QJsonObject o = personJson(offerId(n), p);
        o.remove(QStringLiteral("abroad"));
        o.insert(QStringLiteral("birth_date"), QStringLiteral("1971-06-%1").arg(10 + n));
        o.insert(QStringLiteral("voter_number"), QStringLiteral("1234567%1").arg(n));
        return pull(ProxyBoard::OfferType, o);
    }
    /// The hand-built department of the tests (and a neighbour):
    /// - R1 Alice Martin, R2 Bruno Garnier (both "Bureau 0101" in Lyon 1er), R3 Chloé Petit (established abroad,
    ///   "Bureau 0103"), all round 1; R4 Denis Roux in Villeurbanne, round 2 only; R5 in the Ain (D01);
    ///   R6 withdrawn.
    /// - O1 Olivier Blanc ("Bureau 0101", both rounds), O2 Bruno Garnier himself ("Bureau 0103", round 1: the same
    ///   person as R2), O3 Paula Noir in Villeurbanne ("Bureau 0501", round 2), O4 in the Ain.
    /// The best answer serves all four request-rounds of the Rhône: R2 → O1 (same polling station: O2 is R2's own
    /// offer), R1 → O2 (same commune: O1's one place for France is R2's), R3 → O2 (same polling station; abroad, so
    /// it fits next to R1 under L73), R4 → O3 (round 2, same polling station). First-come matching gives O1 to
    /// R1 and leaves R2 without anyone: three.
    bool pullScenario(int rounds = 2)
    {
        const QString lyon = QStringLiteral("Lyon 1er");
        const QString villeurbanne = QStringLiteral("Villeurbanne");
        const QString bourg = QStringLiteral("Bourg-en-Bresse");
        const QString d69 = QStringLiteral("D69");
        const QString d01 = QStringLiteral("D01");
        return pull(ProxyBoard::ElectionType, electionJson(QStringLiteral("R84"), rounds))
            && pullRequest(1, {QStringLiteral("Alice"), QStringLiteral("Martin"), d69, QStringLiteral("69001"), QStringLiteral("69381"),
                               lyon, QStringLiteral("Bureau 0101"), {1}, QStringLiteral("c-alice")})
            && pullRequest(2, {QStringLiteral("Bruno"), QStringLiteral("Garnier"), d69, QStringLiteral("69001"), QStringLiteral("69381"),
                               lyon, QStringLiteral("Bureau 0101"), {1}, QStringLiteral("c-bruno")})
            && pullRequest(3, {QStringLiteral("Chloé"), QStringLiteral("Petit"), d69, QStringLiteral("69001"), QStringLiteral("69381"),
                               lyon, QStringLiteral("Bureau 0103"), {1}, QStringLiteral("c-chloe"), true})
            && pullRequest(4, {QStringLiteral("Denis"), QStringLiteral("Roux"), d69, QStringLiteral("69100"), QStringLiteral("69266"),
                               villeurbanne, QStringLiteral("Bureau 0501"), {2}, QStringLiteral("c-denis")})
            && pullRequest(5, {QStringLiteral("Élise"), QStringLiteral("Faure"), d01, QStringLiteral("01000"), QStringLiteral("01053"),
                               bourg, QStringLiteral("Bureau 1"), {1}, QStringLiteral("c-elise")})
            && pullRequest(6, {QStringLiteral("Fanny"), QStringLiteral("Morel"), d69, QStringLiteral("69001"), QStringLiteral("69381"),
                               lyon, QStringLiteral("Bureau 0101"), {1}, QStringLiteral("c-fanny"), false, QStringLiteral("withdrawn")})
            && pullOffer(1, {QStringLiteral("Olivier"), QStringLiteral("Blanc"), d69, QStringLiteral("69001"), QStringLiteral("69381"),
                             lyon, QStringLiteral("Bureau 0101"), {1, 2}, QStringLiteral("c-olivier")})
            && pullOffer(2, {QStringLiteral("Bruno"), QStringLiteral("Garnier"), d69, QStringLiteral("69001"), QStringLiteral("69381"),
                             lyon, QStringLiteral("Bureau 0103"), {1}, QStringLiteral("c-bruno")})
            && pullOffer(3, {QStringLiteral("Paula"), QStringLiteral("Noir"), d69, QStringLiteral("69100"), QStringLiteral("69266"),
                             villeurbanne, QStringLiteral("Bureau 0501"), {2}, QStringLiteral("c-paula")})
            && pullOffer(4, {QStringLiteral("Gilles"), QStringLiteral("Perrin"), d01, QStringLiteral("01000"), QStringLiteral("01053"),
                             bourg, QStringLiteral("Bureau 2"), {1}, QStringLiteral("c-gilles")});
    }
    QList<SyncRecord> matches() const { return RecordRepository(db()).list(MatchType); }
    int queued(const QString &type) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT count(*) FROM upload_queue WHERE record_type = ?"));
        q.addBindValue(type);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }
};

/// (request, offer, round, reason) of each row of the preview.
inline QSet<QString> previewPairs(const ProxySuggestionModel *model)
{
    QSet<QString> out;
    for (int row = 0; row < model->rowCount(); ++row) {
        const MatchSuggestion &s = model->suggestion(row);
        out << QStringLiteral("%1>%2@%3:%4").arg(s.requestId, s.offerId).arg(s.round).arg(matchReasonKey(s.reason));
    }
    return out;
}

inline QString pair(int request, int offer, int round, const char *reason)
{
    return QStringLiteral("%1>%2@%3:%4").arg(requestId(request), offerId(offer)).arg(round).arg(QLatin1String(reason));
}

/// The text of `column` in the row of `id` of a list panel (empty when the row is not shown).
inline QString panelCell(ProxyListPanel *panel, const QString &id, int column)
{
    const QAbstractItemModel *m = panel->table()->model();
    for (int row = 0; row < m->rowCount(); ++row)
        if (m->index(row, 0).data(ProxyPersonModel::IdRole).toString() == id)
            return m->index(row, column).data().toString();
    return {};
}

/// Selects the row of `id` in a table whose rows carry their id in `role` (as a click would).
inline bool selectRow(QTableView *table, const QString &id, int role)
{
    const QAbstractItemModel *m = table->model();
    for (int row = 0; row < m->rowCount(); ++row)
        if (m->index(row, 0).data(role).toString() == id) {
            table->selectionModel()->select(m->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    return false;
}

} // namespace relais::proxytest
