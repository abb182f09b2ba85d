// Generic synced records (newsletters, segments, senders...) against a real encrypted replica: pulled PUT
// and REMOVE ops with their checksums, bucket drops and purges, RecordRepository edits, push items and
// the server's answers to them.
#include "SyncTestLog.h"

#include "ContactJson.h"
#include "PullSession.h"
#include "RecordRepository.h"
#include "Replica.h"
#include "SecretKey.h"
#include "SyncStore.h"
#include "Uuid7.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace relais;
using relais::test::SyncTestLog;

namespace {

const QString Newsletter = QStringLiteral("newsletter");
const QString Segment = QStringLiteral("segment");
const QString D69 = QStringLiteral("D69");
const QString R84 = QStringLiteral("R84");
const QString FR = QStringLiteral("FR");

QJsonObject newsletter(const QString &id, const QString &zone, const QString &subject)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("zone"), zone},
            {QStringLiteral("subject"), subject},
            {QStringLiteral("body"), QStringLiteral("Bonjour {{first_name}},\n\nÀ bientôt.")},
            {QStringLiteral("status"), QStringLiteral("draft")},
            {QStringLiteral("updated_at"), QStringLiteral("2026-11-20T10:00:00.000Z")}};
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

QString text(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<none>");
    return q.value(0).toString();
}

SyncPushResult answer(qint64 seq, SyncPushResult::Status status, qint64 version, const QJsonValue &row = QJsonValue())
{
    SyncPushResult r;
    r.seq = seq;
    r.status = status;
    r.version = version;
    r.row = row.isUndefined() ? QJsonValue(QJsonValue::Null) : row;
    return r;
}

QString subjectOf(const std::optional<SyncRecord> &r)
{
    return r ? r->data.value(QLatin1String("subject")).toString() : QStringLiteral("<gone>");
}

} // namespace

class TestSyncRecords : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Replica> m_replica;
    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<RecordRepository> m_repo;
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

    /// The replica's state of `bucket` agrees with the log's.
    bool agrees(const QString &bucket) const
    {
        const BucketState mine = m_store->localState(bucket);
        const BucketState server = m_log.states().value(bucket);
        return mine.count == server.count && mine.checksum == server.checksum;
    }

    int queued(const QString &id) const
    {
        return int(scalar(db(), QStringLiteral("SELECT count(*) FROM upload_queue WHERE record_id = '%1'").arg(id)));
    }

    /// A newsletter pulled from the server into `bucket`.
    SyncOp pulled(const QString &bucket, const QString &subject, QString id = QString())
    {
        if (id.isEmpty())
            id = Uuid7::generate();
        const SyncOp op = m_log.put(bucket, Newsletter, id, newsletter(id, bucket, subject));
        return op;
    }

    /// Saves a new newsletter in D69 and hands its put to a push.
    SyncPushItem savedAndSent(SyncRecord *record)
    {
        record->type = Newsletter;
        record->zone = D69;
        record->data = QJsonObject{{QStringLiteral("subject"), QStringLiteral("Local")}};
        QString error;
        if (!m_repo->save(*record, &error))
            qWarning("save: %s", qPrintable(error));
        const QList<SyncPushItem> items = m_store->pendingUploads(10, &error);
        return items.size() == 1 ? items.first() : SyncPushItem();
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
        m_repo = std::make_unique<RecordRepository>(db());
        m_log = SyncTestLog();
    }

    void cleanup()
    {
        m_repo.reset();
        m_store.reset();
        m_replica.reset();
        m_dir.reset();
    }

    // --- pulled ops ------------------------------------------------------------------------------------

    void pulledNewsletterLandsInRecords()
    {
        const SyncOp op = pulled(D69, QStringLiteral("Rentrée"));
        // A segment whose data names no zone lives in the zone of its bucket.
        const QString segmentId = Uuid7::generate();
        const QJsonObject segmentData{{QStringLiteral("name"), QStringLiteral("Adhérents 84")}};
        const SyncOp segment = m_log.put(R84, Segment, segmentId, segmentData);
        SyncCheckpointResult result;
        QVERIFY(apply({op, segment}, true, {}, &result));
        QCOMPARE(result.mismatched, QStringList());
        QCOMPARE(result.applied, QStringList({D69, R84}));
        QVERIFY(result.recordsChanged);
        QVERIFY(!result.contactsChanged);
        QVERIFY(agrees(D69));
        QVERIFY(agrees(R84));
        QCOMPARE(m_store->cursors().value(D69).cursor, op.opId);

        const auto stored = m_repo->get(Newsletter, op.id);
        QVERIFY(stored);
        QCOMPARE(stored->type, Newsletter);
        QCOMPARE(stored->zone, D69);
        QCOMPARE(stored->version, op.opId);
        QVERIFY(!stored->dirty);
        QCOMPARE(stored->data, op.data);
        // Stored as the compact JSON of the op's data.
        QCOMPARE(text(db(), QStringLiteral("SELECT data FROM records WHERE id = '%1'").arg(op.id)),
                 QString::fromUtf8(QJsonDocument(op.data).toJson(QJsonDocument::Compact)));

        const auto seg = m_repo->get(Segment, segmentId);
        QVERIFY(seg);
        QCOMPARE(seg->zone, R84);
        QCOMPARE(seg->version, segment.opId);
        QCOMPARE(seg->data.value(QLatin1String("name")).toString(), QStringLiteral("Adhérents 84"));
        QVERIFY(!m_repo->get(Segment, op.id)); // the type is part of the key
        QCOMPARE(m_store->pendingUploadCount(), 0); // pulled rows are not uploads
    }

    void laterPutReplacesTheRecord()
    {
        const SyncOp first = pulled(D69, QStringLiteral("v1"));
        QVERIFY(apply({first}));
        const SyncOp second = pulled(D69, QStringLiteral("v2"), first.id);
        SyncCheckpointResult result;
        QVERIFY(apply({second}, true, {}, &result));
        QCOMPARE(result.mismatched, QStringList());
        QVERIFY(agrees(D69));
        QCOMPARE(subjectOf(m_repo->get(Newsletter, first.id)), QStringLiteral("v2"));
        QCOMPARE(m_repo->get(Newsletter, first.id)->version, second.opId);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM records")), 1);
    }

    void pullStreamAppliesRecords()
    {
        // The raw path (PullSession: op data still JSON text) stores them the same way.
        const SyncOp op = pulled(D69, QStringLiteral("Par le flux"));
        m_log.put(D69, QStringLiteral("sender"), QStringLiteral("s1"),
                  QJsonObject{{QStringLiteral("email"), QStringLiteral("federation@example.org")}});
        PullSession session(m_store.get());
        QString error;
        QVERIFY2(session.feed(m_log.stream(m_store->cursors()), &error), qPrintable(error));
        QVERIFY2(session.finish(&error), qPrintable(error));
        QVERIFY(agrees(D69));
        QCOMPARE(subjectOf(m_repo->get(Newsletter, op.id)), QStringLiteral("Par le flux"));
        QCOMPARE(m_repo->get(QStringLiteral("sender"), QStringLiteral("s1"))->zone, D69);
        QCOMPARE(m_store->cursors().value(D69).cursor, m_log.lastOpId());
    }

    void removeDeletesTheRecord()
    {
        const SyncOp op = pulled(D69, QStringLiteral("Rentrée"));
        const SyncOp other = pulled(D69, QStringLiteral("Autre"));
        QVERIFY(apply({op, other}));
        QVERIFY(m_repo->get(Newsletter, op.id));
        SyncCheckpointResult result;
        QVERIFY(apply({m_log.remove(D69, Newsletter, op.id)}, true, {}, &result));
        QCOMPARE(result.mismatched, QStringList());
        QVERIFY(result.recordsChanged);
        QVERIFY(agrees(D69));
        QVERIFY(!m_repo->get(Newsletter, op.id));
        QVERIFY(m_repo->get(Newsletter, other.id));
    }

    void removeKeepsARecordAnotherBucketHolds()
    {
        const QString id = Uuid7::generate();
        QVERIFY(apply({pulled(D69, QStringLiteral("ici"), id), pulled(FR, QStringLiteral("ici"), id)}));
        QVERIFY(apply({m_log.remove(D69, Newsletter, id)}));
        QVERIFY(agrees(D69));
        QVERIFY(agrees(FR));
        QVERIFY(m_repo->get(Newsletter, id));
        QVERIFY(apply({m_log.remove(FR, Newsletter, id)}));
        QVERIFY(!m_repo->get(Newsletter, id));
    }

    void bucketPurgeDeletesTheRecord()
    {
        const SyncOp inD69 = pulled(D69, QStringLiteral("Lyon"));
        const SyncOp inR84 = pulled(R84, QStringLiteral("Région"));
        QVERIFY(apply({inD69, inR84}));
        // D69 leaves the user's scope: the complete checkpoint no longer names it.
        m_log.dropBucket(D69);
        SyncCheckpointResult result;
        QVERIFY(apply({}, true, {}, &result));
        QCOMPARE(result.purged, QStringList({D69}));
        QVERIFY(result.recordsChanged);
        QVERIFY(!m_repo->get(Newsletter, inD69.id));
        QVERIFY(m_repo->get(Newsletter, inR84.id));
        QVERIFY(!m_store->cursors().contains(D69));
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sync_rows WHERE bucket = 'D69'")), 0);
    }

    void purgeDeletesPendingEditsToo()
    {
        const SyncOp op = pulled(D69, QStringLiteral("Lyon"));
        QVERIFY(apply({op}));
        SyncRecord r = *m_repo->get(Newsletter, op.id);
        QString error;
        QVERIFY2(m_repo->save(r, &error), qPrintable(error));
        QCOMPARE(queued(op.id), 1);
        QVERIFY2(m_store->purgeBucketsNotIn({R84}, &error), qPrintable(error));
        QVERIFY(!m_repo->get(Newsletter, op.id));
        QCOMPARE(queued(op.id), 0);
    }

    void dropKeepsPendingEditsAndDeletesTheRest()
    {
        const SyncOp clean = pulled(D69, QStringLiteral("propre"));
        const SyncOp edited = pulled(D69, QStringLiteral("serveur"));
        QVERIFY(apply({clean, edited}));
        SyncRecord r = *m_repo->get(Newsletter, edited.id);
        r.data.insert(QStringLiteral("subject"), QStringLiteral("local"));
        QString error;
        QVERIFY2(m_repo->save(r, &error), qPrintable(error));
        QVERIFY2(m_store->dropBucket(D69, &error), qPrintable(error));
        QVERIFY(!m_repo->get(Newsletter, clean.id));
        QCOMPARE(subjectOf(m_repo->get(Newsletter, edited.id)), QStringLiteral("local"));
        QCOMPARE(m_store->cursors().value(D69).cursor, 0);
        // Fetched again from cursor 0: the clean one comes back, the local edit stays on top.
        QVERIFY(apply(m_log.opsAfter(D69, 0)));
        QVERIFY(agrees(D69));
        QCOMPARE(subjectOf(m_repo->get(Newsletter, clean.id)), QStringLiteral("propre"));
        QCOMPARE(subjectOf(m_repo->get(Newsletter, edited.id)), QStringLiteral("local"));
        QVERIFY(m_repo->get(Newsletter, edited.id)->dirty);
    }

    void checksumMismatchDropsAndRefetches()
    {
        const SyncOp op = pulled(D69, QStringLiteral("Rentrée"));
        QVERIFY(apply({op}));
        // The server's state names one op the replica never saw.
        pulled(D69, QStringLiteral("manquée"));
        SyncCheckpointResult result;
        QVERIFY(apply({}, false, {D69}, &result));
        QCOMPARE(result.mismatched, QStringList({D69}));
        QVERIFY(!m_repo->get(Newsletter, op.id));
        m_store->beginPull();
        QVERIFY(apply(m_log.opsAfter(D69, 0)));
        QVERIFY(agrees(D69));
        QCOMPARE(m_repo->list(Newsletter).size(), 2);
    }

    // --- local edits -----------------------------------------------------------------------------------

    void saveQueuesAPushItemWithTheFullData()
    {
        SyncRecord r;
        r.type = Newsletter;
        r.zone = D69;
        r.data = QJsonObject{{QStringLiteral("subject"), QStringLiteral("Brouillon")},
                             {QStringLiteral("body"), QStringLiteral("Texte")}};
        QString error;
        QVERIFY2(m_repo->save(r, &error), qPrintable(error));
        QVERIFY(Uuid7::isValid(r.id));
        QVERIFY(r.dirty);
        QCOMPARE(r.data.value(QLatin1String("id")).toString(), r.id);
        QCOMPARE(r.data.value(QLatin1String("zone")).toString(), D69);
        QVERIFY(ContactJson::fromIso(r.data.value(QLatin1String("updated_at")).toString()).isValid());
        const auto stored = m_repo->get(Newsletter, r.id);
        QVERIFY(stored);
        QVERIFY(stored->dirty);
        QCOMPARE(stored->data, r.data);

        // A second save before any push travels in the same queued put.
        r.data.insert(QStringLiteral("subject"), QStringLiteral("Brouillon 2"));
        QVERIFY2(m_repo->save(r, &error), qPrintable(error));
        QCOMPARE(m_store->pendingUploadCount(), 1);
        QCOMPARE(text(db(), QStringLiteral("SELECT fields FROM upload_queue")), QStringLiteral("*"));
        QVERIFY(!text(db(), QStringLiteral("SELECT created_at FROM upload_queue")).isEmpty());

        const QList<SyncPushItem> items = m_store->pendingUploads(10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].type, Newsletter);
        QCOMPARE(items[0].op, QStringLiteral("put"));
        QCOMPARE(items[0].id, r.id);
        QCOMPARE(items[0].baseVersion, 0);
        QCOMPARE(items[0].data, r.data);
        QCOMPARE(items[0].data.value(QLatin1String("subject")).toString(), QStringLiteral("Brouillon 2"));
        const QJsonObject wire = items[0].toJson();
        QCOMPARE(wire.value(QLatin1String("type")).toString(), Newsletter);
        QCOMPARE(wire.value(QLatin1String("data")).toObject().value(QLatin1String("body")).toString(),
                 QStringLiteral("Texte"));

        // Once handed to a push, a later save queues a put of its own (the first may already be gone).
        r.data.insert(QStringLiteral("subject"), QStringLiteral("Brouillon 3"));
        QVERIFY2(m_repo->save(r, &error), qPrintable(error));
        QCOMPARE(m_store->pendingUploadCount(), 2);
    }

    void saveOfASyncedRecordCarriesItsBaseVersion()
    {
        const SyncOp op = pulled(D69, QStringLiteral("Serveur"));
        QVERIFY(apply({op}));
        SyncRecord r = *m_repo->get(Newsletter, op.id);
        r.data.insert(QStringLiteral("subject"), QStringLiteral("Modifiée"));
        QString error;
        QVERIFY2(m_repo->save(r, &error), qPrintable(error));
        QCOMPARE(r.id, op.id);
        const QList<SyncPushItem> items = m_store->pendingUploads(10, &error);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].baseVersion, op.opId);
        QCOMPARE(items[0].data.value(QLatin1String("subject")).toString(), QStringLiteral("Modifiée"));
        QCOMPARE(items[0].data.value(QLatin1String("status")).toString(), QStringLiteral("draft"));
    }

    void saveWithoutZoneOrTypeFails()
    {
        SyncRecord r;
        r.type = Newsletter;
        r.data = QJsonObject{{QStringLiteral("subject"), QStringLiteral("Sans zone")}};
        QString error;
        QVERIFY(!m_repo->save(r, &error));
        QCOMPARE(error, QStringLiteral("The record has no zone."));
        QVERIFY(r.id.isEmpty());
        QVERIFY(!r.dirty);

        r.type.clear();
        r.zone = D69;
        error.clear();
        QVERIFY(!m_repo->save(r, &error));
        QCOMPARE(error, QStringLiteral("The record has no type."));

        // Contacts have their own table and repository.
        r.type = QStringLiteral("contact");
        error.clear();
        QVERIFY(!m_repo->save(r, &error));
        QVERIFY(error.contains(QLatin1String("contact")));

        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM records")), 0);
        QCOMPARE(m_store->pendingUploadCount(), 0);
    }

    void listIsMostRecentlyUpdatedFirst()
    {
        // Pulled: one updated long ago, one without a time.
        const QString oldId = Uuid7::generate();
        QJsonObject oldData = newsletter(oldId, D69, QStringLiteral("ancienne"));
        oldData.insert(QStringLiteral("updated_at"), QStringLiteral("2020-01-01T08:00:00.000Z"));
        const SyncOp old = m_log.put(D69, Newsletter, oldId, oldData);
        const QString untimedId = Uuid7::generate();
        const SyncOp untimed = m_log.put(D69, Newsletter, untimedId,
                                         QJsonObject{{QStringLiteral("subject"), QStringLiteral("sans date")}});
        const SyncOp segment = m_log.put(D69, Segment, Uuid7::generate(),
                                         QJsonObject{{QStringLiteral("name"), QStringLiteral("Tous")}});
        QVERIFY(apply({old, untimed, segment}));
        // Saved here now, one after the other (same millisecond or not: the later id comes first).
        SyncRecord a, b;
        for (SyncRecord *r : {&a, &b}) {
            r->type = Newsletter;
            r->zone = R84;
            QString error;
            QVERIFY2(m_repo->save(*r, &error), qPrintable(error));
        }
        QString error;
        const QList<SyncRecord> list = m_repo->list(Newsletter, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList ids;
        for (const SyncRecord &r : list)
            ids << r.id;
        QCOMPARE(ids, QStringList({b.id, a.id, old.id, untimedId}));
        QCOMPARE(m_repo->list(Segment).size(), 1);
        QVERIFY(m_repo->list(QStringLiteral("sender")).isEmpty());
    }

    void removeQueuesADelete()
    {
        const SyncOp op = pulled(D69, QStringLiteral("À supprimer"));
        QVERIFY(apply({op}));
        QString error;
        QVERIFY2(m_repo->remove(Newsletter, op.id, &error), qPrintable(error));
        QVERIFY(!m_repo->get(Newsletter, op.id));
        const QList<SyncPushItem> items = m_store->pendingUploads(10, &error);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].op, QStringLiteral("delete"));
        QCOMPARE(items[0].baseVersion, op.opId);
        QVERIFY(!items[0].toJson().contains(QLatin1String("data")));
        // Gone already: a clear error, nothing queued.
        QVERIFY(!m_repo->remove(Newsletter, op.id, &error));
        QCOMPARE(error, QStringLiteral("This record no longer exists."));
        QCOMPARE(m_store->pendingUploadCount(), 1);
    }

    void putOfARecordDeletedSinceIsDropped()
    {
        SyncRecord r;
        r.type = Newsletter;
        r.zone = D69;
        QString error;
        QVERIFY2(m_repo->save(r, &error), qPrintable(error));
        QVERIFY2(m_repo->remove(Newsletter, r.id, &error), qPrintable(error));
        const QList<SyncPushItem> items = m_store->pendingUploads(10, &error);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].op, QStringLiteral("delete"));
        QCOMPARE(m_store->pendingUploadCount(), 1);
    }

    // --- the server's answers ------------------------------------------------------------------------

    void appliedAnswerClearsDirtyAndSetsVersion()
    {
        SyncRecord r;
        const SyncPushItem sent = savedAndSent(&r);
        QVERIFY(sent.seq > 0);
        SyncAckResult ack;
        QString error;
        QVERIFY2(m_store->acknowledge({answer(sent.seq, SyncPushResult::Status::Applied, 42)}, &ack, &error),
                 qPrintable(error));
        QCOMPARE(ack.answered, 1);
        QCOMPARE(ack.rejected, 0);
        QVERIFY(ack.recordsChanged);
        const auto stored = m_repo->get(Newsletter, r.id);
        QVERIFY(stored);
        QVERIFY(!stored->dirty);
        QCOMPARE(stored->version, 42);
        QCOMPARE(stored->data, r.data);
        QCOMPARE(m_store->pendingUploadCount(), 0);
        // Answered twice (a replayed answer): nothing more happens.
        QVERIFY(m_store->acknowledge({answer(sent.seq, SyncPushResult::Status::Applied, 43)}, &ack, &error));
        QCOMPARE(m_repo->get(Newsletter, r.id)->version, 42);
    }

    void appliedAnswerWithRowStoresTheServersRecord()
    {
        SyncRecord r;
        const SyncPushItem sent = savedAndSent(&r);
        QJsonObject row = r.data;
        row.insert(QStringLiteral("updated_by"), QStringLiteral("alice"));
        row.insert(QStringLiteral("zone"), R84);
        QString error;
        QVERIFY2(m_store->acknowledge({answer(sent.seq, SyncPushResult::Status::Applied, 50, row)}, nullptr, &error),
                 qPrintable(error));
        const auto stored = m_repo->get(Newsletter, r.id);
        QVERIFY(stored);
        QVERIFY(!stored->dirty);
        QCOMPARE(stored->version, 50);
        QCOMPARE(stored->zone, R84);
        QCOMPARE(stored->data, row);
    }

    void appliedAnswerKeepsALaterSaveDirty()
    {
        SyncRecord r;
        const SyncPushItem sent = savedAndSent(&r);
        r.data.insert(QStringLiteral("subject"), QStringLiteral("Encore"));
        QString error;
        QVERIFY2(m_repo->save(r, &error), qPrintable(error));
        QCOMPARE(m_store->pendingUploadCount(), 2);
        QJsonObject row = sent.data; // what the server stored: the first save
        QVERIFY2(m_store->acknowledge({answer(sent.seq, SyncPushResult::Status::Applied, 42, row)}, nullptr, &error),
                 qPrintable(error));
        const auto stored = m_repo->get(Newsletter, r.id);
        QVERIFY(stored->dirty);
        QCOMPARE(subjectOf(stored), QStringLiteral("Encore"));
        QCOMPARE(stored->version, 42);
        // The later put now builds on the applied write.
        const QList<SyncPushItem> items = m_store->pendingUploads(10, &error);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].baseVersion, 42);
        QCOMPARE(subjectOf(SyncRecord{Newsletter, r.id, D69, 0, false, items[0].data}), QStringLiteral("Encore"));
    }

    void rejectedAnswerWithRowReplacesTheLocalRow()
    {
        const SyncOp op = pulled(D69, QStringLiteral("Serveur"));
        QVERIFY(apply({op}));
        SyncRecord r = *m_repo->get(Newsletter, op.id);
        r.data.insert(QStringLiteral("subject"), QStringLiteral("Refusée"));
        QString error;
        QVERIFY2(m_repo->save(r, &error), qPrintable(error));
        const QList<SyncPushItem> items = m_store->pendingUploads(10, &error);
        QCOMPARE(items.size(), 1);
        QJsonObject server = op.data;
        server.insert(QStringLiteral("subject"), QStringLiteral("Version du serveur"));
        SyncAckResult ack;
        QVERIFY2(m_store->acknowledge({answer(items[0].seq, SyncPushResult::Status::Rejected, 7, server)}, &ack, &error),
                 qPrintable(error));
        QCOMPARE(ack.rejected, 1);
        QVERIFY(ack.recordsChanged);
        const auto stored = m_repo->get(Newsletter, op.id);
        QVERIFY(stored);
        QVERIFY(!stored->dirty);
        QCOMPARE(stored->version, 7);
        QCOMPARE(stored->data, server);
        QCOMPARE(m_store->pendingUploadCount(), 0);
    }

    void rejectedDeleteWithRowRestoresTheRecord()
    {
        const SyncOp op = pulled(D69, QStringLiteral("Envoyée"));
        QVERIFY(apply({op}));
        QString error;
        QVERIFY2(m_repo->remove(Newsletter, op.id, &error), qPrintable(error));
        const QList<SyncPushItem> items = m_store->pendingUploads(10, &error);
        QCOMPARE(items.size(), 1);
        QVERIFY2(m_store->acknowledge({answer(items[0].seq, SyncPushResult::Status::Rejected, op.opId, op.data)},
                                      nullptr, &error),
                 qPrintable(error));
        const auto stored = m_repo->get(Newsletter, op.id);
        QVERIFY(stored);
        QCOMPARE(stored->data, op.data);
        QCOMPARE(stored->zone, D69);
        QVERIFY(!stored->dirty);
    }

    void rejectedAnswerWithoutRowDeletesTheLocalCopy()
    {
        SyncRecord r;
        const SyncPushItem sent = savedAndSent(&r);
        r.data.insert(QStringLiteral("subject"), QStringLiteral("Encore"));
        QString error;
        QVERIFY2(m_repo->save(r, &error), qPrintable(error)); // a second put, made on top of the refused one
        QVERIFY2(m_store->acknowledge({answer(sent.seq, SyncPushResult::Status::Rejected, 0)}, nullptr, &error),
                 qPrintable(error));
        QVERIFY(!m_repo->get(Newsletter, r.id));
        QCOMPARE(m_store->pendingUploadCount(), 0);
    }

    void unknownAnswerKeepsTheEntry()
    {
        SyncRecord r;
        const SyncPushItem sent = savedAndSent(&r);
        QString error;
        QVERIFY(m_store->acknowledge({answer(sent.seq, SyncPushResult::Status::Unknown, 9)}, nullptr, &error));
        QCOMPARE(m_store->pendingUploadCount(), 1);
        QVERIFY(m_repo->get(Newsletter, r.id)->dirty);
    }

    // --- pulls meeting local edits --------------------------------------------------------------------

    void incomingPutDoesNotOverwriteALocalEdit()
    {
        const SyncOp op = pulled(D69, QStringLiteral("v1"));
        QVERIFY(apply({op}));
        SyncRecord r = *m_repo->get(Newsletter, op.id);
        r.data.insert(QStringLiteral("subject"), QStringLiteral("locale"));
        QString error;
        QVERIFY2(m_repo->save(r, &error), qPrintable(error));
        const SyncOp server = pulled(D69, QStringLiteral("v2 du serveur"), op.id);
        SyncCheckpointResult result;
        QVERIFY(apply({server}, true, {}, &result));
        QCOMPARE(result.mismatched, QStringList());
        QVERIFY(agrees(D69));
        auto stored = m_repo->get(Newsletter, op.id);
        QCOMPARE(subjectOf(stored), QStringLiteral("locale"));
        QVERIFY(stored->dirty);
        QCOMPARE(stored->version, op.opId); // still the base of the local edit

        // The push goes; the server answers `duplicate` (already applied, answer lost): the row pulled
        // meanwhile is the server's truth.
        const QList<SyncPushItem> items = m_store->pendingUploads(10, &error);
        QCOMPARE(items.size(), 1);
        QCOMPARE(subjectOf(SyncRecord{Newsletter, op.id, D69, 0, false, items[0].data}), QStringLiteral("locale"));
        QVERIFY2(m_store->acknowledge({answer(items[0].seq, SyncPushResult::Status::Duplicate, 0)}, nullptr, &error),
                 qPrintable(error));
        stored = m_repo->get(Newsletter, op.id);
        QCOMPARE(subjectOf(stored), QStringLiteral("v2 du serveur"));
        QCOMPARE(stored->version, server.opId);
        QVERIFY(!stored->dirty);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sync_shadows")), 0);
    }

    void appliedAnswerNewerThanThePulledRowKeepsTheLocalData()
    {
        const SyncOp op = pulled(D69, QStringLiteral("v1"));
        QVERIFY(apply({op}));
        SyncRecord r = *m_repo->get(Newsletter, op.id);
        r.data.insert(QStringLiteral("subject"), QStringLiteral("locale"));
        QString error;
        QVERIFY2(m_repo->save(r, &error), qPrintable(error));
        const SyncOp server = pulled(D69, QStringLiteral("v2 du serveur"), op.id);
        QVERIFY(apply({server}));
        const QList<SyncPushItem> items = m_store->pendingUploads(10, &error);
        QVERIFY2(m_store->acknowledge({answer(items[0].seq, SyncPushResult::Status::Applied, server.opId + 5)},
                                      nullptr, &error),
                 qPrintable(error));
        const auto stored = m_repo->get(Newsletter, op.id);
        QCOMPARE(subjectOf(stored), QStringLiteral("locale"));
        QCOMPARE(stored->version, server.opId + 5);
        QVERIFY(!stored->dirty);
    }

    void incomingPutDoesNotResurrectALocalDelete()
    {
        const SyncOp op = pulled(D69, QStringLiteral("v1"));
        QVERIFY(apply({op}));
        QString error;
        QVERIFY2(m_repo->remove(Newsletter, op.id, &error), qPrintable(error));
        QVERIFY(apply({pulled(D69, QStringLiteral("v2"), op.id)}));
        QVERIFY(agrees(D69));
        QVERIFY(!m_repo->get(Newsletter, op.id));
    }

    void zoneMoveKeepsALocalEdit()
    {
        const SyncOp op = pulled(D69, QStringLiteral("v1"));
        QVERIFY(apply({op}));
        SyncRecord r = *m_repo->get(Newsletter, op.id);
        r.data.insert(QStringLiteral("subject"), QStringLiteral("locale"));
        QString error;
        QVERIFY2(m_repo->save(r, &error), qPrintable(error));
        // The server moves it to R84: REMOVE in D69, PUT in R84, applied in bucket order.
        const SyncOp removeOp = m_log.remove(D69, Newsletter, op.id);
        QJsonObject moved = op.data;
        moved.insert(QStringLiteral("zone"), R84);
        const SyncOp putOp = m_log.put(R84, Newsletter, op.id, moved);
        QVERIFY(apply({removeOp, putOp}));
        QVERIFY(agrees(D69));
        QVERIFY(agrees(R84));
        const auto stored = m_repo->get(Newsletter, op.id);
        QVERIFY(stored);
        QCOMPARE(subjectOf(stored), QStringLiteral("locale"));
        QCOMPARE(m_store->pendingUploadCount(), 1);
    }

    void removeOfAnEditedRecordWinsAtTheCompleteCheckpoint()
    {
        const SyncOp op = pulled(D69, QStringLiteral("v1"));
        QVERIFY(apply({op}));
        SyncRecord r = *m_repo->get(Newsletter, op.id);
        QString error;
        QVERIFY2(m_repo->save(r, &error), qPrintable(error));
        const SyncOp removeOp = m_log.remove(D69, Newsletter, op.id);
        QVERIFY(apply({removeOp}, false)); // a partial checkpoint keeps it for now
        QVERIFY(m_repo->get(Newsletter, op.id));
        QVERIFY(apply({}, true));
        QVERIFY(!m_repo->get(Newsletter, op.id));
        QCOMPARE(m_store->pendingUploadCount(), 0);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT count(*) FROM sync_orphans")), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncRecords)
#include "tst_syncrecords.moc"
