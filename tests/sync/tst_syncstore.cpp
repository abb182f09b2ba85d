// SyncStore against a real encrypted replica: applying ops and checkpoints, checksums, drops and purges,
// rebase of local edits, compensating writes, erasure, conflicts, the bulk path and its recovery.
#include "SyncTestLog.h"

#include "ContactJson.h"
#include "ContactRepository.h"
#include "ContactRow.h"
#include "DemoGenerator.h"
#include "PullSession.h"
#include "Replica.h"
#include "SecretKey.h"
#include "SyncRecordColumns.h"
#include "SyncStore.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace relais;
using relais::test::SyncTestLog;

namespace {

Contact person(const QString &zone, const QString &first, const QString &last, const QString &email = QString())
{
    Contact c;
    c.id = Uuid7::generate();
    c.zone = zone;
    c.version = 1;
    c.firstName = first;
    c.lastName = last;
    c.email = email;
    c.tags = {QStringLiteral("sympathisant")};
    c.createdAt = c.updatedAt = QDateTime::currentDateTimeUtc();
    return c;
}

Interaction note(const Contact &c, const QString &text)
{
    Interaction i;
    i.id = Uuid7::generate();
    i.contactId = c.id;
    i.zone = c.zone;
    i.kind = QStringLiteral("note");
    i.at = QDateTime::currentDateTimeUtc();
    i.author = QStringLiteral("server");
    i.data = QJsonObject{{QStringLiteral("text"), text}};
    return i;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestSyncStore : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<ContactRepository> m_repo;
    SyncTestLog m_log;

    QSqlDatabase db() const { return m_replica->database(); }

    /// Applies ops and one checkpoint naming `buckets` (all of the log's when empty).
    bool apply(const QList<SyncOp> &ops, bool complete = true, QStringList buckets = {},
               SyncCheckpointResult *result = nullptr)
    {
        QString error;
        if (buckets.isEmpty())
            buckets = m_log.states().keys();
        if (!m_store->beginCheckpoint(&error) || !m_store->applyOps(ops, &error)
            || !m_store->applyCheckpoint(m_log.states(buckets), complete, result, &error)) {
            qWarning("apply: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    bool pullAll(QString *error = nullptr, bool bulk = false)
    {
        PullSession session(m_store.get());
        session.setBulkAllowed(bulk);
        QString e;
        const QByteArray stream = m_log.stream(m_store->cursors());
        // Fed in uneven pieces: lines arrive split.
        for (qsizetype at = 0; at < stream.size(); at += 777) {
            if (!session.feed(stream.mid(at, 777), &e))
                break;
        }
        const bool ok = e.isEmpty() && session.finish(&e);
        if (error)
            *error = e;
        return ok;
    }

    /// Every contact column and interaction of a replica, in id order: two replicas that should be equal.
    static QStringList dumpRows(const QSqlDatabase &d)
    {
        QStringList rows;
        QSqlQuery q(d);
        q.exec(ContactRow::selectSql() + QStringLiteral(" ORDER BY id"));
        while (q.next()) {
            QStringList v;
            for (int i = 1; i < q.record().count(); ++i)
                v << q.value(i).toString() + (q.value(i).isNull() ? QStringLiteral("<null>") : QString());
            rows << v.join(u'|');
        }
        q.exec(QStringLiteral("SELECT id, contact_id, zone, dirty, kind, at, author, data FROM interactions ORDER BY id"));
        while (q.next())
            rows << q.value(0).toString() + q.value(1).toString() + q.value(4).toString() + q.value(7).toString();
        return rows;
    }

    /// People whose ids, versions and times are set, put into the log, then edited, removed and noted.
    QList<Contact> logPeople(quint32 seed, int count)
    {
        QList<Contact> people = DemoGenerator(ZoneTree::france(), seed).generate(count);
        for (Contact &c : people) {
            c.id = Uuid7::generate();
            c.version = 1;
            c.createdAt = c.updatedAt = QDateTime::currentDateTimeUtc();
            m_log.putContact(c.zone, c);
        }
        people[0].notes = QStringLiteral("second version");
        m_log.putContact(people[0].zone, people[0]);
        m_log.remove(people[1].zone, QStringLiteral("contact"), people[1].id);
        m_log.putInteraction(people[2].zone, note(people[2], QStringLiteral("hello")));
        return people;
    }

    int found(const QString &text) const
    {
        ContactQuery q;
        q.text = text;
        return int(m_repo->matching(q).size());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_replica = std::make_unique<Replica>();
        QString error;
        QVERIFY2(m_replica->open(m_dir->filePath(QStringLiteral("replica.db")), SecretKey::random(), &error),
                 qPrintable(error));
        m_store = std::make_unique<SyncStore>(db());
        m_repo = std::make_unique<ContactRepository>(db(), QStringLiteral("tester"));
        m_log = SyncTestLog();
    }

    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
        m_replica.reset();
        m_dir.reset();
    }

    void clientIdIsStable()
    {
        const QString id = m_store->clientId();
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(m_store->clientId(), id);
        SyncStore other(db());
        QCOMPARE(other.clientId(), id);
    }

    void applyAndVerifyCheckpoint()
    {
        const Contact a = person(QStringLiteral("D69"), QStringLiteral("Hélène"), QStringLiteral("Dupont"),
                                 QStringLiteral("helene@example.org"));
        const Contact b = person(QStringLiteral("D69"), QStringLiteral("Karim"), QStringLiteral("Benali"));
        QList<SyncOp> ops{m_log.putContact(QStringLiteral("D69"), a), m_log.putContact(QStringLiteral("D69"), b),
                          m_log.putInteraction(QStringLiteral("D69"), note(a, QStringLiteral("Appel")))};
        m_log.addBucket(QStringLiteral("R84"));
        SyncCheckpointResult result;
        QVERIFY(apply(ops, true, {}, &result));
        QCOMPARE(result.mismatched, QStringList());
        QVERIFY(result.contactsChanged);
        QCOMPARE(m_repo->count(), 2);
        const auto stored = m_repo->byId(a.id);
        QVERIFY(stored);
        QCOMPARE(stored->firstName, QStringLiteral("Hélène"));
        QCOMPARE(stored->version, 1);
        QVERIFY(!stored->dirty);
        QCOMPARE(m_repo->timeline(a.id).size(), 1);
        QCOMPARE(m_repo->pendingUploads(), 0); // pulled rows are not uploads
        QCOMPARE(found(QStringLiteral("helene")), 1);
        QVERIFY(m_repo->tagNames().contains(QStringLiteral("sympathisant")));
        const BucketStates cursors = m_store->cursors();
        QCOMPARE(cursors.value(QStringLiteral("D69")), m_log.states().value(QStringLiteral("D69")));
        QVERIFY(cursors.contains(QStringLiteral("R84")));
        QCOMPARE(m_store->localState(QStringLiteral("D69")), m_log.states().value(QStringLiteral("D69")));
    }

    void supersededAndRemovedOpsKeepTheChecksum()
    {
        Contact a = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Martin"));
        const Contact b = person(QStringLiteral("D69"), QStringLiteral("Paul"), QStringLiteral("Durand"));
        QList<SyncOp> ops{m_log.putContact(QStringLiteral("D69"), a), m_log.putContact(QStringLiteral("D69"), b)};
        a.email = QStringLiteral("anne@example.org");
        a.version = 2;
        ops << m_log.putContact(QStringLiteral("D69"), a) << m_log.remove(QStringLiteral("D69"), QStringLiteral("contact"), b.id);
        SyncCheckpointResult result;
        QVERIFY(apply(ops, true, {}, &result));
        QCOMPARE(result.mismatched, QStringList());
        QCOMPARE(m_store->localState(QStringLiteral("D69")).count, 4);
        QCOMPARE(m_repo->count(), 1);
        QCOMPARE(m_repo->byId(a.id)->email, QStringLiteral("anne@example.org"));
        QCOMPARE(found(QStringLiteral("anne@example")), 1);
        QCOMPARE(found(QStringLiteral("durand")), 0);
        // More ops later, from the stored cursor.
        a.notes = QStringLiteral("rappeler");
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a)}));
        QCOMPARE(m_store->localState(QStringLiteral("D69")), m_log.states().value(QStringLiteral("D69")));
    }

    void checksumMismatchDropsTheBucket()
    {
        const Contact a = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Martin"));
        const Contact b = person(QStringLiteral("D01"), QStringLiteral("Luc"), QStringLiteral("Girard"));
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a), m_log.putContact(QStringLiteral("D01"), b)}));
        // The server wrote an op this client never received.
        const Contact lost = person(QStringLiteral("D69"), QStringLiteral("Zoé"), QStringLiteral("Perdue"));
        m_log.putContact(QStringLiteral("D69"), lost);
        const Contact c = person(QStringLiteral("D69"), QStringLiteral("Marc"), QStringLiteral("Petit"));
        const SyncOp next = m_log.putContact(QStringLiteral("D69"), c);
        SyncCheckpointResult result;
        QVERIFY(apply({next}, true, {}, &result));
        QCOMPARE(result.mismatched, QStringList{QStringLiteral("D69")});
        QCOMPARE(result.applied, QStringList{QStringLiteral("D01")});
        // D69 is forgotten (cursor 0, rows gone), D01 untouched; the next pull fetches D69 from 0.
        QCOMPARE(m_store->cursors().value(QStringLiteral("D69")).cursor, 0);
        QVERIFY(!m_repo->byId(a.id));
        QVERIFY(m_repo->byId(b.id));
        QCOMPARE(m_store->refetchBuckets(), QSet<QString>{QStringLiteral("D69")});
        QString error;
        QVERIFY2(pullAll(&error), qPrintable(error));
        QCOMPARE(m_store->cursors().value(QStringLiteral("D69")), m_log.states().value(QStringLiteral("D69")));
        QVERIFY(m_repo->byId(a.id));
        QVERIFY(m_repo->byId(lost.id));
        QVERIFY(m_repo->byId(c.id));
        QCOMPARE(found(QStringLiteral("perdue")), 1);
    }

    void dropKeepsRowsOtherBucketsHoldAndLocalEdits()
    {
        Contact shared = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Martin"));
        Contact mine = person(QStringLiteral("D69"), QStringLiteral("Paul"), QStringLiteral("Durand"));
        const Contact only = person(QStringLiteral("D69"), QStringLiteral("Lea"), QStringLiteral("Roux"));
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), shared), m_log.putContact(QStringLiteral("D69"), mine),
                       m_log.putContact(QStringLiteral("D69"), only),
                       m_log.putContact(QStringLiteral("U:7"), shared)}));
        auto edited = m_repo->byId(mine.id);
        edited->phone = QStringLiteral("+33612345678");
        QString error;
        QVERIFY(m_repo->update(*edited, &error));
        QVERIFY2(m_store->dropBucket(QStringLiteral("D69"), &error), qPrintable(error));
        QVERIFY(m_repo->byId(shared.id));  // U:7 holds it
        QVERIFY(m_repo->byId(mine.id));    // pending upload
        QVERIFY(!m_repo->byId(only.id));
        QCOMPARE(found(QStringLiteral("roux")), 0);
        QCOMPARE(m_store->cursors().value(QStringLiteral("D69")), BucketState());
        QCOMPARE(m_store->localState(QStringLiteral("D69")), BucketState());
        // Fetched again: the pending edit stays on top.
        QVERIFY2(pullAll(&error), qPrintable(error));
        QCOMPARE(m_repo->byId(mine.id)->phone, QStringLiteral("+33612345678"));
        QVERIFY(m_repo->byId(only.id));
    }

    void completeCheckpointPurgesBucketsOutOfScope()
    {
        const Contact a = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Martin"));
        const Contact b = person(QStringLiteral("D01"), QStringLiteral("Luc"), QStringLiteral("Girard"));
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a), m_log.putContact(QStringLiteral("D01"), b),
                       m_log.putInteraction(QStringLiteral("D01"), note(b, QStringLiteral("vu au marché")))}));
        Interaction local = note(b, QStringLiteral("local"));
        local.id.clear();
        QString error;
        QVERIFY(m_repo->addInteraction(local, &error));
        QCOMPARE(m_repo->pendingUploads(), 1);
        // D01 leaves the user's scope.
        m_log.dropBucket(QStringLiteral("D01"));
        SyncCheckpointResult result;
        QVERIFY(apply({}, true, {}, &result));
        QCOMPARE(result.purged, QStringList{QStringLiteral("D01")});
        QVERIFY(!m_repo->byId(b.id));
        QVERIFY(m_repo->byId(a.id));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM interactions")), 0);
        QCOMPARE(m_repo->pendingUploads(), 0);
        QVERIFY(!m_store->cursors().contains(QStringLiteral("D01")));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sync_rows WHERE bucket = 'D01'")), 0);
        QCOMPARE(found(QStringLiteral("girard")), 0);
    }

    void removeDeletesOnlyWhenNoBucketHoldsTheRow()
    {
        const Contact a = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Martin"));
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a), m_log.putContact(QStringLiteral("U:7"), a)}));
        QVERIFY(apply({m_log.remove(QStringLiteral("D69"), QStringLiteral("contact"), a.id)}));
        QVERIFY(m_repo->byId(a.id));
        QVERIFY(apply({m_log.remove(QStringLiteral("U:7"), QStringLiteral("contact"), a.id)}));
        QVERIFY(!m_repo->byId(a.id));
        QCOMPARE(found(QStringLiteral("martin")), 0);
        QCOMPARE(m_store->localState(QStringLiteral("U:7")), m_log.states().value(QStringLiteral("U:7")));
    }

    void zoneMoveKeepsPendingEdits()
    {
        Contact a = person(QStringLiteral("D01"), QStringLiteral("Anne"), QStringLiteral("Martin"));
        QVERIFY(apply({m_log.putContact(QStringLiteral("D01"), a)}));
        auto edited = m_repo->byId(a.id);
        edited->notes = QStringLiteral("vue hier");
        QString error;
        QVERIFY(m_repo->update(*edited, &error));
        // Moved to D69 on the server: REMOVE in D01 comes first in bucket order, PUT in D69 later,
        // and even in another checkpoint.
        a.zone = QStringLiteral("D69");
        a.version = 2;
        const SyncOp removed = m_log.remove(QStringLiteral("D01"), QStringLiteral("contact"), a.id);
        const SyncOp put = m_log.putContact(QStringLiteral("D69"), a);
        QVERIFY(apply({removed}, false, {QStringLiteral("D01")}));
        QVERIFY(apply({put}, true));
        const auto stored = m_repo->byId(a.id);
        QVERIFY(stored);
        QCOMPARE(stored->zone, QStringLiteral("D69"));
        QCOMPARE(stored->notes, QStringLiteral("vue hier"));
        QCOMPARE(stored->version, 2);
        QVERIFY(stored->dirty);
        QCOMPARE(m_repo->pendingUploads(), 1);
    }

    void rebaseKeepsLocallyEditedFields()
    {
        Contact a = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Martin"),
                           QStringLiteral("anne@example.org"));
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a)}));
        auto local = m_repo->byId(a.id);
        local->email = QStringLiteral("anne.martin@example.org");
        QString error;
        QVERIFY(m_repo->update(*local, &error));
        // Meanwhile on the server: another field and the same field.
        a.phone = QStringLiteral("+33611223344");
        a.email = QStringLiteral("a.martin@example.org");
        a.version = 2;
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a)}));
        const auto stored = m_repo->byId(a.id);
        QCOMPARE(stored->email, QStringLiteral("anne.martin@example.org")); // local edit kept
        QCOMPARE(stored->phone, QStringLiteral("+33611223344"));           // server's other field taken
        QCOMPARE(stored->version, 2);
        QVERIFY(stored->dirty);
        QCOMPARE(found(QStringLiteral("anne.martin")), 1);
        QCOMPARE(found(QStringLiteral("0611223344")), 1);
        // The push still sends the local value, with the base version of the edit.
        const QList<SyncPushItem> items = m_store->pendingUploads(10);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].op, QStringLiteral("patch"));
        QCOMPARE(items[0].baseVersion, 1);
        QCOMPARE(items[0].data.value(QLatin1String("email")).toString(), QStringLiteral("anne.martin@example.org"));
    }

    void conflictAnsweredAfterTheRebaseRestoresTheServerValue()
    {
        // The pull with the server's row arrives before the answer to the push: the local value stays on
        // top until the answer says the server kept its own.
        Contact a = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Martin"));
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a)}));
        auto local = m_repo->byId(a.id);
        local->notes = QStringLiteral("client notes");
        local->phone = QStringLiteral("+33699887766");
        QString error;
        QVERIFY(m_repo->update(*local, &error));
        const QList<SyncPushItem> sent = m_store->pendingUploads(10);
        a.notes = QStringLiteral("server notes");
        a.phone = QStringLiteral("+33699887766");
        a.version = 3;
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a)}));
        QCOMPARE(m_repo->byId(a.id)->notes, QStringLiteral("client notes"));
        SyncPushResult r{sent[0].seq, SyncPushResult::Status::Conflict, 3, QJsonValue(), {QStringLiteral("notes")}, {}};
        SyncAckResult ack;
        QVERIFY2(m_store->acknowledge({r}, &ack, &error), qPrintable(error));
        QVERIFY(ack.contactsChanged);
        const auto stored = m_repo->byId(a.id);
        QCOMPARE(stored->notes, QStringLiteral("server notes"));
        QCOMPARE(stored->phone, QStringLiteral("+33699887766"));
        QVERIFY(!stored->dirty);
        QCOMPARE(found(QStringLiteral("server")), 0); // notes are not indexed; the row is consistent
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sync_shadows")), 0);
    }

    void pendingDeleteIsNotResurrected()
    {
        Contact a = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Martin"));
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a)}));
        QString error;
        QVERIFY(m_repo->remove(a.id, &error));
        a.notes = QStringLiteral("edited elsewhere");
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a)}));
        QVERIFY(!m_repo->byId(a.id));
        QCOMPARE(m_store->localState(QStringLiteral("D69")), m_log.states().value(QStringLiteral("D69")));
    }

    void erasurePurgesRowTimelineAndUploads()
    {
        const Contact a = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Effacée"),
                                 QStringLiteral("anne@example.org"));
        const Interaction i = note(a, QStringLiteral("signature"));
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a), m_log.putInteraction(QStringLiteral("D69"), i)}));
        // Offline edits not yet sent.
        auto local = m_repo->byId(a.id);
        local->notes = QStringLiteral("à rappeler");
        QString error;
        QVERIFY(m_repo->update(*local, &error));
        Interaction call = note(a, QStringLiteral("appel"));
        call.id.clear();
        QVERIFY(m_repo->addInteraction(call, &error));
        QVERIFY(m_repo->pendingUploads() >= 2);
        // Erased on the server: REMOVE of the contact and of its interactions.
        QVERIFY(apply({m_log.remove(QStringLiteral("D69"), QStringLiteral("contact"), a.id),
                       m_log.remove(QStringLiteral("D69"), QStringLiteral("interaction"), i.id)}));
        QVERIFY(!m_repo->byId(a.id));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM interactions")), 0);
        QCOMPARE(m_repo->pendingUploads(), 0);
        QCOMPARE(found(QStringLiteral("effacee")), 0);
        QCOMPARE(found(QStringLiteral("anne@example")), 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sync_orphans")), 0);
        QCOMPARE(scalar(db(), QStringLiteral("PRAGMA secure_delete")), 1);
    }

    void scrubbedOpsAreSkipped()
    {
        // After an erasure the server nulls the data of earlier ops (checksums kept).
        const Contact a = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Effacée"));
        SyncOp put = m_log.putContact(QStringLiteral("D69"), a);
        const SyncOp removed = m_log.remove(QStringLiteral("D69"), QStringLiteral("contact"), a.id);
        SyncRawOp scrubbed{put, QByteArray("null"), nullptr};
        scrubbed.op.data = {};
        SyncRawOp rm{removed, {}, nullptr};
        QString error;
        QVERIFY(m_store->beginCheckpoint(&error));
        QVERIFY(m_store->applyOps(QList<SyncRawOp>{scrubbed, rm}, &error));
        SyncCheckpointResult result;
        QVERIFY(m_store->applyCheckpoint(m_log.states(), true, &result, &error));
        QCOMPARE(result.mismatched, QStringList());
        QCOMPARE(m_repo->count(), 0);
    }

    void pushItemsFromTheQueue()
    {
        Contact synced = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Martin"));
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), synced)}));
        QString error;
        Contact fresh;
        fresh.zone = QStringLiteral("D69");
        fresh.firstName = QStringLiteral("Nouveau");
        fresh.lastName = QStringLiteral("Contact");
        QVERIFY(m_repo->insert(fresh, &error));
        auto edited = m_repo->byId(synced.id);
        edited->email = QStringLiteral("anne@example.org");
        QVERIFY(m_repo->update(*edited, &error));
        // Edited again after queueing: the patch sends the current value.
        edited->email = QStringLiteral("anne2@example.org");
        edited->notes = QStringLiteral("x");
        QVERIFY(m_repo->update(*edited, &error));
        Interaction i = note(synced, QStringLiteral("appel"));
        i.id.clear();
        QVERIFY(m_repo->addInteraction(i, &error));
        QVERIFY(m_repo->remove(fresh.id, &error));

        const QList<SyncPushItem> items = m_store->pendingUploads(100, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The put of the contact deleted since is dropped; its delete stays.
        QStringList kinds;
        for (const SyncPushItem &it : items)
            kinds << it.type + u'/' + it.op;
        QCOMPARE(kinds, (QStringList{QStringLiteral("contact/patch"), QStringLiteral("contact/patch"),
                                     QStringLiteral("interaction/put"), QStringLiteral("contact/delete")}));
        QCOMPARE(items[0].data.keys(), QStringList{QStringLiteral("email")});
        QCOMPARE(items[0].data.value(QLatin1String("email")).toString(), QStringLiteral("anne2@example.org"));
        QCOMPARE(items[0].baseVersion, 1);
        QCOMPARE(items[1].data.keys(), (QStringList{QStringLiteral("email"), QStringLiteral("notes")}));
        QCOMPARE(items[2].data.value(QLatin1String("contact_id")).toString(), synced.id);
        QVERIFY(!items[3].toJson().contains(QLatin1String("data")));
        for (int k = 1; k < items.size(); ++k)
            QVERIFY(items[k].seq > items[k - 1].seq);
        QCOMPARE(m_store->pendingUploadCount(), 4);
        const QJsonObject json = items[0].toJson();
        for (const char *key : {"seq", "type", "op", "id", "base_version", "data"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
    }

    void newContactPutCarriesTheWholeRecord()
    {
        QString error;
        Contact fresh;
        fresh.zone = QStringLiteral("D69");
        fresh.firstName = QStringLiteral("Nouveau");
        fresh.lastName = QStringLiteral("Contact");
        fresh.tags = {QStringLiteral("bénévole")};
        QVERIFY(m_repo->insert(fresh, &error));
        const QList<SyncPushItem> items = m_store->pendingUploads(10);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].op, QStringLiteral("put"));
        QCOMPARE(items[0].data, ContactJson::toJson(*m_repo->byId(fresh.id)));
    }

    void acknowledgeApplied()
    {
        QString error;
        Contact fresh;
        fresh.zone = QStringLiteral("D69");
        fresh.firstName = QStringLiteral("Nouveau");
        fresh.lastName = QStringLiteral("Contact");
        QVERIFY(m_repo->insert(fresh, &error));
        const QList<SyncPushItem> items = m_store->pendingUploads(10);
        SyncPushResult r;
        r.seq = items[0].seq;
        r.status = SyncPushResult::Status::Applied;
        r.version = 1;
        SyncAckResult ack;
        QVERIFY2(m_store->acknowledge({r}, &ack, &error), qPrintable(error));
        QCOMPARE(ack.answered, 1);
        QCOMPARE(m_store->pendingUploadCount(), 0);
        const auto stored = m_repo->byId(fresh.id);
        QCOMPARE(stored->version, 1);
        QVERIFY(!stored->dirty);
        // Answered twice (a replayed batch): nothing more happens.
        QVERIFY(m_store->acknowledge({r}, &ack, &error));
    }

    void acknowledgeKeepsLaterEditsDirty()
    {
        Contact a = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Martin"));
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a)}));
        auto local = m_repo->byId(a.id);
        local->notes = QStringLiteral("un");
        QString error;
        QVERIFY(m_repo->update(*local, &error));
        const QList<SyncPushItem> sent = m_store->pendingUploads(10);
        local->notes = QStringLiteral("deux"); // while the push is on its way
        QVERIFY(m_repo->update(*local, &error));
        SyncPushResult r{sent[0].seq, SyncPushResult::Status::Merged, 2, QJsonValue(), {}, {}};
        QVERIFY(m_store->acknowledge({r}, nullptr, &error));
        QVERIFY(m_repo->byId(a.id)->dirty);
        QCOMPARE(m_store->pendingUploadCount(), 1);
    }

    void rejectedWithRowIsACompensatingWrite()
    {
        Contact a = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Martin"),
                           QStringLiteral("anne@example.org"));
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a)}));
        auto local = m_repo->byId(a.id);
        local->email = QStringLiteral("pirate@example.org");
        QString error;
        QVERIFY(m_repo->update(*local, &error));
        const QList<SyncPushItem> items = m_store->pendingUploads(10);
        Contact server = a;
        server.version = 3;
        server.notes = QStringLiteral("server side");
        SyncPushResult r{items[0].seq, SyncPushResult::Status::Rejected, 0, ContactJson::toJson(server), {},
                         QStringLiteral("forbidden")};
        SyncAckResult ack;
        QVERIFY2(m_store->acknowledge({r}, &ack, &error), qPrintable(error));
        QCOMPARE(ack.rejected, 1);
        QVERIFY(ack.contactsChanged);
        const auto stored = m_repo->byId(a.id);
        QCOMPARE(stored->email, QStringLiteral("anne@example.org"));
        QCOMPARE(stored->notes, QStringLiteral("server side"));
        QCOMPARE(stored->version, 3);
        QVERIFY(!stored->dirty);
        QCOMPARE(found(QStringLiteral("pirate")), 0);
        QCOMPARE(found(QStringLiteral("anne@example")), 1);
    }

    void rejectedWithoutRowDeletesTheLocalCopy()
    {
        QString error;
        Contact fresh;
        fresh.zone = QStringLiteral("D69");
        fresh.firstName = QStringLiteral("Refusé");
        fresh.lastName = QStringLiteral("Ailleurs");
        QVERIFY(m_repo->insert(fresh, &error));
        Interaction i;
        i.contactId = fresh.id;
        i.zone = fresh.zone;
        i.kind = QStringLiteral("note");
        QVERIFY(m_repo->addInteraction(i, &error));
        const QList<SyncPushItem> items = m_store->pendingUploads(10);
        QCOMPARE(items.size(), 2);
        SyncPushResult r{items[0].seq, SyncPushResult::Status::Rejected, 0, QJsonValue(QJsonValue::Null), {},
                         QStringLiteral("erased")};
        QVERIFY2(m_store->acknowledge({r}, nullptr, &error), qPrintable(error));
        QVERIFY(!m_repo->byId(fresh.id));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM interactions")), 0);
        QCOMPARE(m_store->pendingUploadCount(), 0);
        QCOMPARE(found(QStringLiteral("ailleurs")), 0);
    }

    void conflictsAreListedAndResolved()
    {
        Contact a = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Martin"),
                           QStringLiteral("anne@server.org"));
        const QString conflictId = Uuid7::generate();
        const QJsonObject conflict{{QStringLiteral("id"), conflictId},
                                   {QStringLiteral("zone"), QStringLiteral("D69")},
                                   {QStringLiteral("record_type"), QStringLiteral("contact")},
                                   {QStringLiteral("record_id"), a.id},
                                   {QStringLiteral("field"), QStringLiteral("email")},
                                   {QStringLiteral("server_value"), QStringLiteral("anne@server.org")},
                                   {QStringLiteral("client_value"), QStringLiteral("anne@client.org")},
                                   {QStringLiteral("client_author"), QStringLiteral("bob")},
                                   {QStringLiteral("base_version"), 1},
                                   {QStringLiteral("server_version"), 3},
                                   {QStringLiteral("created_at"), QStringLiteral("2026-11-21T10:00:00.000Z")}};
        const SyncOp conflictOp = m_log.put(QStringLiteral("D69"), QStringLiteral("conflict"), conflictId, conflict);
        SyncCheckpointResult result;
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a), conflictOp}, true, {}, &result));
        QVERIFY(result.conflictsChanged);
        QList<SyncConflict> list = m_store->listConflicts();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].id, conflictId);
        QCOMPARE(list[0].contactId, a.id);
        QCOMPARE(list[0].field, QStringLiteral("email"));
        QCOMPARE(list[0].clientValue.toString(), QStringLiteral("anne@client.org"));
        QCOMPARE(list[0].serverVersion, 3);

        QString error;
        QVERIFY2(m_store->resolveConflict(conflictId, QStringLiteral("anne@client.org"), &error), qPrintable(error));
        QCOMPARE(m_store->conflictCount(), 0);
        QCOMPARE(m_repo->byId(a.id)->email, QStringLiteral("anne@client.org"));
        QCOMPARE(found(QStringLiteral("anne@client")), 1);
        const QList<SyncPushItem> items = m_store->pendingUploads(10);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].type, QStringLiteral("conflict"));
        QCOMPARE(items[0].op, QStringLiteral("resolve"));
        QCOMPARE(items[0].id, conflictId);
        QCOMPARE(items[0].data, (QJsonObject{{QStringLiteral("value"), QStringLiteral("anne@client.org")}}));
        // The conflict op again (or the contact with the server value) before the resolve is answered:
        // the local choice stays.
        a.version = 4;
        QVERIFY(apply({m_log.put(QStringLiteral("D69"), QStringLiteral("conflict"), conflictId, conflict),
                       m_log.putContact(QStringLiteral("D69"), a)}));
        QCOMPARE(m_store->conflictCount(), 0);
        QCOMPARE(m_repo->byId(a.id)->email, QStringLiteral("anne@client.org"));
        // Applied; then the server removes the conflict.
        SyncPushResult r{items[0].seq, SyncPushResult::Status::Applied, 5, QJsonValue(), {}, {}};
        QVERIFY(m_store->acknowledge({r}, nullptr, &error));
        QVERIFY(apply({m_log.remove(QStringLiteral("D69"), QStringLiteral("conflict"), conflictId)}));
        QCOMPARE(m_store->conflictCount(), 0);
        QVERIFY(!m_store->resolveConflict(conflictId, QStringLiteral("x"), &error));
    }

    void streamBrokenMidwayKeepsAppliedCheckpoints()
    {
        QList<Contact> people = DemoGenerator(ZoneTree::france(), 5).generate(30);
        for (Contact &c : people) {
            c.id = Uuid7::generate();
            c.version = 1;
            m_log.putContact(c.zone, c);
        }
        const QByteArray stream = m_log.stream({}, 4);
        // Cut in the middle of a line after some checkpoints.
        const qsizetype cut = stream.indexOf("checkpoint", stream.size() / 2) + 40;
        {
            PullSession session(m_store.get());
            QString error;
            QVERIFY(session.feed(stream.left(cut), &error));
            session.abort();
        }
        const BucketStates partial = m_store->cursors();
        QVERIFY(!partial.isEmpty());
        const qint64 kept = m_repo->count();
        QVERIFY(kept > 0 && kept < 30);
        for (auto it = partial.cbegin(); it != partial.cend(); ++it)
            QCOMPARE(m_store->localState(it.key()), *it);
        // The next pull resumes from the cursors and completes.
        QString error;
        QVERIFY2(pullAll(&error), qPrintable(error));
        QCOMPARE(m_repo->count(), 30);
        QCOMPARE(m_store->cursors(), m_log.states());
    }

    void streamWithoutCompleteCheckpointFails()
    {
        const Contact a = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Martin"));
        m_log.putContact(QStringLiteral("D69"), a);
        QByteArray stream = m_log.stream({});
        stream.chop(stream.size() - stream.lastIndexOf("{\"checkpoint\":{\"buckets\"")); // drop the last line
        stream = stream.left(stream.lastIndexOf('\n') + 1);
        PullSession session(m_store.get());
        QString error;
        QVERIFY(session.feed(stream, &error));
        QVERIFY(!session.finish(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(m_repo->byId(a.id)); // its partial checkpoint was applied
    }

    void malformedStreamIsRejected()
    {
        PullSession session(m_store.get());
        QString error;
        QVERIFY(!session.feed(QByteArray("{\"op_id\":1,\"bucket\":\"D69\",\"op\":\"PUT\"\n"), &error));
        QVERIFY(!error.isEmpty());
    }

    void bulkFillMatchesTheNormalPath()
    {
        // The same log applied through the per-row path and through the bulk path gives the same rows.
        logPeople(11, 300);
        const auto dump = &TestSyncStore::dumpRows;

        QString error;
        QVERIFY2(pullAll(&error, false), qPrintable(error));
        const QStringList normal = dump(db());
        QCOMPARE(m_repo->count(), 299);

        QTemporaryDir other;
        Replica replica;
        QVERIFY(replica.open(other.filePath(QStringLiteral("b.db")), SecretKey::random(), &error));
        {
            SyncStore store(replica.database());
            store.setBulkThreshold(100);
            PullSession session(&store);
            QVERIFY(session.feed(m_log.stream({}), &error));
            QVERIFY2(session.finish(&error), qPrintable(error));
            QVERIFY(session.usedBulkPath());
            QVERIFY(!store.isBulkFilling());
            QCOMPARE(dump(replica.database()), normal);
            QCOMPARE(store.cursors(), m_log.states());
            // Indexes are back; search documents come afterwards.
            QCOMPARE(scalar(replica.database(),
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'contacts_sort'")), 1);
            ContactRepository repo(replica.database());
            QVERIFY(store.pendingSearchDocuments() > 0);
            QVERIFY(repo.tagNames() == m_repo->tagNames());
            // The duplicate-lookup indexes come first, in the background too.
            QCOMPARE(scalar(replica.database(),
                            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'contacts_email'")), 0);
            int indexed = 0;
            int total = 0;
            while (store.pendingBackgroundWork() > 0) {
                QVERIFY2(store.indexPendingSearch(100, &indexed, &error), qPrintable(error));
                total += indexed;
            }
            QCOMPARE(total, 299);
            QCOMPARE(scalar(replica.database(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN"
                                                               " ('contacts_email', 'contacts_phone')")), 2);
            QCOMPARE(store.pendingSearchDocuments(), 0);
            for (const QString &word : {QStringLiteral("martin"), QStringLiteral("06"), QStringLiteral("lyon")}) {
                ContactQuery q;
                q.text = word;
                QCOMPARE(repo.matching(q), m_repo->matching(q));
            }
        }
    }

    void decoderThreadGivesTheSameReplica()
    {
        // A large pull is parsed and decoded on a second thread (PullDecoder): same rows, same checksums,
        // fed in small pieces so that the hand-over happens mid-stream and lines arrive split.
        logPeople(21, 400);
        const QByteArray stream = m_log.stream({}, 50);

        auto apply = [&](const QString &path, qint64 decodeThreshold, bool *usedDecoder) {
            Replica replica;
            QString error;
            if (!replica.open(path, SecretKey::random(), &error))
                return QStringList{error};
            SyncStore store(replica.database());
            store.setBulkThreshold(100);
            PullSession session(&store);
            session.setDecodeThreshold(decodeThreshold);
            for (qsizetype at = 0; at < stream.size(); at += 1013)
                if (!session.feed(stream.mid(at, 1013), &error))
                    return QStringList{error};
            if (!session.finish(&error))
                return QStringList{error};
            *usedDecoder = session.usedDecoderThread();
            QStringList rows = dumpRows(replica.database());
            const BucketStates cursors = store.cursors();
            for (auto it = cursors.cbegin(); it != cursors.cend(); ++it)
                rows << it.key() + QString::number(it->cursor) + QString::number(it->count) + QString::number(it->checksum);
            return rows;
        };
        QTemporaryDir dir;
        bool inline1 = true, threaded = false;
        const QStringList plain = apply(dir.filePath(QStringLiteral("a.db")), 0, &inline1);
        const QStringList decoded = apply(dir.filePath(QStringLiteral("b.db")), 1, &threaded);
        QVERIFY(!inline1);
        QVERIFY(threaded);
        QCOMPARE(plain.size(), 399 + 1 + int(m_log.states().size()));
        QCOMPARE(decoded, plain);
    }

    void decoderThreadReportsAMalformedStream()
    {
        for (int i = 0; i < 30; ++i)
            m_log.putContact(QStringLiteral("D69"), person(QStringLiteral("D69"), QStringLiteral("Anne"), QString::number(i)));
        QByteArray stream = m_log.stream({}, 10);
        const qsizetype cut = stream.indexOf("checkpoint", stream.size() / 2);
        stream.insert(stream.lastIndexOf('\n', cut) + 1, "{\"op_id\":99,\"bucket\":\"D69\",\n");
        PullSession session(m_store.get());
        session.setDecodeThreshold(1);
        QString error;
        bool fed = true;
        for (qsizetype at = 0; at < stream.size() && fed; at += 500)
            fed = session.feed(stream.mid(at, 500), &error);
        const bool finished = fed && session.finish(&error);
        QVERIFY(session.usedDecoderThread());
        QVERIFY(!finished);
        QVERIFY2(error.contains(QLatin1String("line")), qPrintable(error));
        session.abort();
        QVERIFY(m_repo->count() > 0); // the checkpoints before the bad line were applied
        QVERIFY(m_repo->count() < 30);
    }

    void bulkSearchIndexingSurvivesEditsAndRestarts()
    {
        QList<Contact> people = DemoGenerator(ZoneTree::france(), 3).generate(200);
        for (Contact &c : people) {
            c.id = Uuid7::generate();
            c.version = 1;
            m_log.putContact(c.zone, c);
        }
        m_store->setBulkThreshold(50);
        QString error;
        QVERIFY2(pullAll(&error, true), qPrintable(error));
        QVERIFY(m_store->pendingSearchDocuments() > 0);
        // An edit through the repository before the row is indexed gives it its document already.
        auto edited = m_repo->byId(people[150].id);
        edited->lastName = QStringLiteral("Zyxwvut");
        QVERIFY(m_repo->update(*edited, &error));
        int indexed = 0;
        do
            QVERIFY(m_store->indexPendingSearch(60, &indexed, &error)); // the deferred indexes first
        while (indexed == 0 && m_store->pendingBackgroundWork() > 0);
        QCOMPARE(indexed, 60);
        // A restart in the middle: the range is remembered.
        m_store = std::make_unique<SyncStore>(db());
        QVERIFY(m_store->pendingSearchDocuments() > 0);
        while (m_store->pendingBackgroundWork() > 0)
            QVERIFY2(m_store->indexPendingSearch(60, &indexed, &error), qPrintable(error));
        QCOMPARE(found(QStringLiteral("zyxwvut")), 1);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM contacts_fts")), 200);
    }

    void interruptedBulkFillIsRecovered()
    {
        QString error;
        QVERIFY(m_store->beginBulkFill(&error));
        QVERIFY(m_store->isBulkFilling());
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'contacts_sort'")), 0);
        const Contact a = person(QStringLiteral("D69"), QStringLiteral("Anne"), QStringLiteral("Martin"));
        QVERIFY(apply({m_log.putContact(QStringLiteral("D69"), a)}));
        // The process dies here; a new store on the file finds the fill unfinished.
        m_store = std::make_unique<SyncStore>(db());
        QVERIFY(m_store->isBulkFilling());
        QVERIFY2(m_store->recoverBulkFill(&error), qPrintable(error));
        QVERIFY(!m_store->isBulkFilling());
        const QString indexCount = QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN"
                                                  " ('contacts_sort', 'contacts_email', 'contacts_phone', 'contacts_filter')");
        QCOMPARE(scalar(db(), indexCount), 2); // list order and filters now, duplicate lookups afterwards
        QVERIFY(m_repo->tagNames().contains(QStringLiteral("sympathisant")));
        // Another restart: the indexes left for afterwards are remembered too.
        m_store = std::make_unique<SyncStore>(db());
        QCOMPARE(m_store->pendingBackgroundWork(), 3); // two indexes, one search document
        int indexed = 0;
        while (m_store->pendingBackgroundWork() > 0)
            QVERIFY2(m_store->indexPendingSearch(0, &indexed, &error), qPrintable(error));
        QCOMPARE(scalar(db(), indexCount), 4);
        QCOMPARE(found(QStringLiteral("martin")), 1);
    }

    void recordColumnsEqualTheGeneralPath()
    {
        QList<Contact> people = DemoGenerator(ZoneTree::france(), 99).generate(200);
        Contact odd;
        odd.id = Uuid7::generate();
        odd.zone = QStringLiteral("D2A");
        odd.firstName = QStringLiteral("Ëlo\u00efse \"Lou\"");
        odd.lastName = QStringLiteral("d'Arc\\\n\t😀");
        odd.birthdate = QDate(1990, 2, 28);
        odd.otherEmails = {QStringLiteral("a@b.fr"), QStringLiteral("c@d.fr")};
        odd.custom = QJsonObject{{QStringLiteral("z"), 1}, {QStringLiteral("a"), QJsonArray{1, 2}}};
        odd.consentFor(Channel::Sms) = {true, QDateTime::currentDateTimeUtc(), QStringLiteral("kiosk")};
        odd.consentFor(Channel::Email) = {false, QDateTime(), QString()};
        people << odd << Contact{};
        people.last().id = Uuid7::generate();
        const QStringList expectedColumns = ContactRow::columns() + QStringList{QStringLiteral("sort_key")};
        QCOMPARE(SyncRecordColumns::contactColumns(), expectedColumns);
        for (Contact c : std::as_const(people)) {
            c.version = 7;
            QJsonObject json = ContactJson::toJson(c);
            json.insert(QStringLiteral("unknown_field"), QJsonArray{QJsonObject{{QStringLiteral("x"), 1}}});
            const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Indented); // white space too
            SyncRecordColumns cols;
            QVERIFY(cols.readContact(text, c.id.toUtf8(), QByteArrayLiteral("D01")));
            Contact general = ContactJson::fromJson(json);
            general.id = c.id;
            if (general.zone.isEmpty())
                general.zone = QStringLiteral("D01");
            const QVariantList values = ContactRow::values(general);
            QCOMPARE(cols.size(), int(values.size()));
            for (int i = 0; i < cols.size(); ++i) {
                const QVariant &v = values[i];
                const QString where = expectedColumns[i] + QStringLiteral(" of ") + c.lastName;
                switch (cols.kind(i)) {
                case SyncRecordColumns::Kind::Null: QVERIFY2(v.isNull(), qPrintable(where)); break;
                case SyncRecordColumns::Kind::Int:
                    QVERIFY2(!v.isNull(), qPrintable(where));
                    QCOMPARE(cols.integer(i), v.toLongLong());
                    break;
                case SyncRecordColumns::Kind::Text:
                    QVERIFY2(!v.isNull(), qPrintable(where));
                    QCOMPARE(QString::fromUtf8(cols.text(i)), v.toString());
                    break;
                }
            }
        }
        SyncRecordColumns cols;
        QVERIFY(!cols.readContact(QByteArrayLiteral("{\"first_name\":\"x\""), "id", "D01"));
        QVERIFY(!cols.readContact(QByteArrayLiteral("[1,2]"), "id", "D01"));
        QVERIFY(!cols.readContact(QByteArrayLiteral("{\"a\":\"\xff\"}"), "id", "D01"));
    }
};

QTEST_GUILESS_MAIN(TestSyncStore)
#include "tst_syncstore.moc"
