#pragma once
// The client side of bench_sync: real profiles and real sync engines (each in its own thread, as in the app).

#include <QString>

#include <vector>

namespace relais::bench {

/// Child process: signs in as `user`, syncs everything into an empty profile, prints
/// initial_sync_s, initial_sync_rows_per_s, search_ready_s and client_peak_rss_mb. Returns the exit code.
int runInitialSyncChild(const QString &url, const QString &caFile, const QString &user, const QString &password,
                        qint64 expectedContacts);

struct EditVisibleResult {
    bool ok = false;
    QString error;
    std::vector<double> samplesMs;
};

/// Two clients of the same user, both connected: `edits` edits saved in A, each timed until B's replica has it.
EditVisibleResult measureEditVisible(const QString &url, const QString &caFile, const QString &user,
                                     const QString &password, int edits, const QString &scratchDir);

} // namespace relais::bench
