// sync_apply_driver: measures the client's apply path of an initial sync without a server.
// A synthetic op log (demo contacts, one department bucket each, op ids in creation order, UUIDv7 ids
// interleaved across buckets as on a real server) is serialised to the pull stream format the server sends
// (progress line, ops in bucket order, a partial checkpoint every 10,000 ops of a bucket and at its end,
// the complete checkpoint), then fed in 64 KiB pieces to PullSession over a fresh encrypted replica.
//   BENCH apply_rows_per_s     ops applied per second: parse + apply + checkpoints + final index build
//   BENCH parse_rows_per_s     the same lines through the parser alone
//   BENCH finish_s             end of the fill: secondary indexes + full-text index of the new rows
//   BENCH peak_rss_mb
// Options: --count N (100000), --buckets B (101), --interactions K per contact (0), --no-bulk, --no-search,
//          --commit-ms MS (grouped commits of the bulk path), --cache-mib M, --keep DIR
#include "BenchUtil.h"
#include "ContactJson.h"
#include "DemoGenerator.h"
#include "PullSession.h"
#include "PullStreamParser.h"
#include "Replica.h"
#include "SecretKey.h"
#include "SyncRecordColumns.h"
#include "SyncStore.h"
#include "Uuid7.h"
#include "ZoneTree.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

using namespace relais;
using namespace relais::bench;

namespace {

quint32 mix(quint64 k)
{
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdULL;
    k ^= k >> 33;
    return quint32(k);
}

QByteArray checkpointLine(qint64 opId, bool complete, const BucketStates &states)
{
    QJsonObject buckets;
    for (auto it = states.cbegin(); it != states.cend(); ++it)
        buckets.insert(it.key(), it->toJson());
    const QJsonObject cp{{QStringLiteral("checkpoint"),
                          QJsonObject{{QStringLiteral("op_id"), opId},
                                      {QStringLiteral("complete"), complete},
                                      {QStringLiteral("buckets"), buckets}}}};
    return QJsonDocument(cp).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("count"), QStringLiteral("contacts"), QStringLiteral("n"), QStringLiteral("100000")});
    cli.addOption({QStringLiteral("buckets"), QStringLiteral("department buckets"), QStringLiteral("n"), QStringLiteral("101")});
    cli.addOption({QStringLiteral("interactions"), QStringLiteral("interactions per contact"), QStringLiteral("n"), QStringLiteral("0")});
    cli.addOption({QStringLiteral("no-bulk"), QStringLiteral("use the per-row path")});
    cli.addOption({QStringLiteral("commit-ms"), QStringLiteral("bulk commit interval"), QStringLiteral("ms"), QStringLiteral("2000")});
    cli.addOption({QStringLiteral("cache-mib"), QStringLiteral("bulk page cache"), QStringLiteral("MiB"), QStringLiteral("256")});
    cli.addOption({QStringLiteral("keep"), QStringLiteral("replica folder to keep"), QStringLiteral("dir")});
    cli.addOption({QStringLiteral("search-chunk"), QStringLiteral("documents per search transaction"), QStringLiteral("n"), QStringLiteral("20000")});
    cli.addOption({QStringLiteral("no-search"), QStringLiteral("stop before the search documents")});
    cli.addOption({QStringLiteral("decode-only"), QStringLiteral("time the record decoder alone")});
    cli.addOption({QStringLiteral("keep-indexes"), QStringLiteral("keep the secondary indexes during the fill")});
    cli.addOption({QStringLiteral("defer-checkpoints"), QStringLiteral("no WAL checkpoints during the fill")});
    cli.addOption({QStringLiteral("stream"), QStringLiteral("apply this stream file (no generation)"), QStringLiteral("file")});
    cli.addOption({QStringLiteral("generate"), QStringLiteral("write the stream to this file and stop"), QStringLiteral("file")});
    cli.process(app);
    const qint64 count = cli.value(QStringLiteral("count")).toLongLong();
    const int bucketCount = cli.value(QStringLiteral("buckets")).toInt();
    const int perContact = cli.value(QStringLiteral("interactions")).toInt();

    QTemporaryDir tmp;
    const QString dir = cli.isSet(QStringLiteral("keep")) ? cli.value(QStringLiteral("keep")) : tmp.path();
    QDir().mkpath(dir);
    QFile::remove(dir + QStringLiteral("/replica.db"));
    Replica replica;
    QString error;
    if (!replica.open(dir + QStringLiteral("/replica.db"), SecretKey::random(), &error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("schema %d\n", replica.schemaVersion());
    SyncStore store(replica.database());
    store.setBulkCacheKiB(cli.value(QStringLiteral("cache-mib")).toInt() * 1024);
    store.setBulkDropsIndexes(!cli.isSet(QStringLiteral("keep-indexes")));
    store.setBulkDefersCheckpoints(cli.isSet(QStringLiteral("defer-checkpoints")));
    PullSession session(&store);
    session.setBulkAllowed(!cli.isSet(QStringLiteral("no-bulk")));
    session.setBulkCommitInterval(cli.value(QStringLiteral("commit-ms")).toInt());

    const ZoneTree &zones = ZoneTree::france();
    QStringList buckets;
    for (const Zone *z : zones.children(QStringLiteral("FR")))
        for (const Zone *d : zones.children(z->code))
            buckets << d->code;
    buckets.sort();
    buckets = buckets.mid(0, bucketCount);
    DemoGenerator gen(zones, 777);
    const qint64 baseMs = QDateTime::currentMSecsSinceEpoch() - count * (perContact + 1) - 1000;
    const qint64 totalOps = count * (1 + perContact);

    QElapsedTimer genTimer, applyTimer, parseTimer;
    qint64 genNs = 0, applyNs = 0, parseNs = 0;
    const QString streamPath = cli.isSet(QStringLiteral("stream")) ? cli.value(QStringLiteral("stream"))
        : cli.isSet(QStringLiteral("generate"))                    ? cli.value(QStringLiteral("generate"))
                                                                   : dir + QStringLiteral("/stream.ndjson");
    QFile streamFile(streamPath);
    auto feed = [&](const QByteArray &bytes) { return streamFile.write(bytes) == bytes.size(); };
    if (!cli.isSet(QStringLiteral("stream"))) {
    if (!streamFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 1;
    {
        const QJsonObject progress{{QStringLiteral("progress"), QJsonObject{{QStringLiteral("total_ops"), totalOps}}}};
        if (!feed(QJsonDocument(progress).toJson(QJsonDocument::Compact) + '\n'))
            return 1;
    }
    BucketStates finalStates;
    qint64 lastOpId = 0;
    for (int b = 0; b < buckets.size(); ++b) {
        const QString &bucket = buckets.at(b);
        BucketState st;
        QByteArray chunk;
        int inChunk = 0;
        genTimer.start();
        for (qint64 k = 0; k < count; ++k) {
            if (int(mix(quint64(k)) % quint32(buckets.size())) != b)
                continue;
            const qint64 opBase = k * (1 + perContact) + 1;
            Contact c = gen.next();
            c.zone = bucket;
            c.id = Uuid7::generate(baseMs + opBase);
            c.version = 1;
            c.createdAt = c.updatedAt = QDateTime::fromMSecsSinceEpoch(baseMs + opBase, Qt::UTC);
            QList<SyncOp> ops;
            SyncOp op;
            op.opId = opBase;
            op.bucket = bucket;
            op.type = QStringLiteral("contact");
            op.id = c.id;
            op.data = ContactJson::toJson(c);
            ops << op;
            for (int i = 0; i < perContact; ++i) {
                Interaction in;
                in.id = Uuid7::generate(baseMs + opBase + 1 + i);
                in.contactId = c.id;
                in.zone = bucket;
                in.kind = QStringLiteral("note");
                in.at = c.createdAt.addSecs(60 * (i + 1));
                in.author = QStringLiteral("demo");
                in.data = QJsonObject{{QStringLiteral("text"), QStringLiteral("Appel: rappeler la semaine prochaine")}};
                SyncOp io;
                io.opId = opBase + 1 + i;
                io.bucket = bucket;
                io.type = QStringLiteral("interaction");
                io.id = in.id;
                io.data = ContactJson::toJson(in);
                ops << io;
            }
            for (SyncOp &o : ops) {
                o.checksum = SyncOp::computeChecksum(o.bucket, o.kind, o.type, o.id,
                                                     QJsonDocument(o.data).toJson(QJsonDocument::Compact));
                chunk += o.toJsonLine();
                chunk += '\n';
                st.cursor = o.opId;
                st.count += 1;
                st.checksum += o.checksum;
                lastOpId = qMax(lastOpId, o.opId);
                if (++inChunk == 10000) {
                    chunk += checkpointLine(o.opId, false, {{bucket, st}});
                    genNs += genTimer.nsecsElapsed();
                    if (!feed(chunk))
                        return 1;
                    chunk.clear();
                    inChunk = 0;
                    genTimer.start();
                }
            }
        }
        if (inChunk > 0 || st.count == 0)
            chunk += checkpointLine(st.cursor, false, {{bucket, st}});
        genNs += genTimer.nsecsElapsed();
        if (!feed(chunk))
            return 1;
        finalStates.insert(bucket, st);
    }
    if (!feed(checkpointLine(lastOpId, true, finalStates)))
        return 1;
    streamFile.close();
    std::printf("stream of %lld ops generated in %.1f s\n", totalOps, genNs / 1e9);
    if (cli.isSet(QStringLiteral("generate")))
        return 0;
    }
    qint64 streamOps = 0;
    double feedCpu = 0;
    {
        if (!streamFile.open(QIODevice::ReadOnly))
            return 1;
        PullStreamParser parseOnly;
        QString e;
        parseOnly.onRawOp = [&](SyncRawOp &&, QString *) { ++streamOps; return true; };
        parseTimer.start();
        while (!streamFile.atEnd()) {
            const QByteArray piece = streamFile.read(65536);
            parseOnly.feed(piece, &e);
        }
        parseNs = parseTimer.nsecsElapsed();
        streamFile.seek(0);
        if (cli.isSet(QStringLiteral("decode-only"))) {
            // The record decoder alone, over every contact of the stream.
            QList<SyncRawOp> raws;
            PullStreamParser p;
            p.onRawOp = [&](SyncRawOp &&op, QString *) { raws << std::move(op); return true; };
            while (!streamFile.atEnd())
                p.feed(streamFile.read(65536), &e);
            SyncRecordColumns cols;
            const double cpu0 = cpuSeconds();
            QElapsedTimer t;
            t.start();
            int ok = 0;
            for (const SyncRawOp &r : std::as_const(raws))
                ok += cols.readContact(r.data, r.op.id.toUtf8(), r.op.bucket.toUtf8()) ? 1 : 0;
            std::printf("decode-only: %d records, %.2f us wall, %.2f us cpu each\n", ok, t.nsecsElapsed() / 1e3 / ok,
                        (cpuSeconds() - cpu0) * 1e6 / ok);
            return 0;
        }
        applyTimer.start();
        const double cpuStart = cpuSeconds();
        while (!streamFile.atEnd()) {
            const QByteArray piece = streamFile.read(65536);
            if (!session.feed(piece, &e)) {
                std::fprintf(stderr, "feed: %s\n", qPrintable(e));
                return 1;
            }
        }
        applyNs = applyTimer.nsecsElapsed();
        feedCpu = cpuSeconds() - cpuStart;
    }
    QElapsedTimer finishTimer;
    const double cpuSecondsAtFinishStart = cpuSeconds();
    finishTimer.start();
    if (!session.finish(&error)) {
        std::fprintf(stderr, "finish: %s\n", qPrintable(error));
        return 1;
    }
    const double finishS = finishTimer.nsecsElapsed() / 1e9;
    const double finishCpu = cpuSeconds();
    const double rss = peakRssMb();
    QElapsedTimer searchTimer;
    searchTimer.start();
    qint64 indexedDocs = 0;
    while (!cli.isSet(QStringLiteral("no-search")) && store.pendingBackgroundWork() > 0) {
        int n = 0;
        if (!store.indexPendingSearch(cli.value(QStringLiteral("search-chunk")).toInt(), &n, &error)) {
            std::fprintf(stderr, "search: %s\n", qPrintable(error));
            return 1;
        }
        indexedDocs += n;
    }
    const double searchS = searchTimer.nsecsElapsed() / 1e9;
    const double applyS = applyNs / 1e9 + finishS;
    QSqlQuery q(replica.database());
    q.exec(QStringLiteral("SELECT count(*) FROM contacts"));
    q.next();
    const qint64 rows = q.value(0).toLongLong();
    q.exec(QStringLiteral("SELECT count(*) FROM contacts_fts WHERE contacts_fts MATCH 'martin'"));
    q.next();
    std::printf("contacts %lld, refetch %lld, bulk %d, 'martin' matches %lld\n", rows,
                qint64(session.refetch().size()), int(session.usedBulkPath()), q.value(0).toLongLong());
    report("apply_rows_per_s", double(streamOps) / applyS, "rows/s");
    report("apply_s", applyS, "s");
    report("apply_cpu_s", feedCpu + (finishCpu - cpuSecondsAtFinishStart), "s");
    report("parse_rows_per_s", double(streamOps) / (parseNs / 1e9), "rows/s");
    report("finish_s", finishS, "s");
    const SyncStore::Timings &t = store.timings();
    std::printf("decode %.2f s, write %.2f s, bookkeeping %.2f s, verify %.2f s, commit %.2f s, indexes %.2f s, search %.2f s\n",
                t.decode / 1e9, t.write / 1e9, t.bookkeeping / 1e9, t.verify / 1e9, t.commit / 1e9, t.indexes / 1e9,
                t.search / 1e9);
    report("peak_rss_mb", rss, "MB");
    report("search_index_s", searchS, "s");
    report("search_docs_per_s", indexedDocs / searchS, "docs/s");
    report("peak_rss_with_search_mb", peakRssMb(), "MB");
    return session.refetch().isEmpty() ? 0 : 1;
}
