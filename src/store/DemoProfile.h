#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace relais {

/// `relais --profile DIR --create-demo N`: a new encrypted profile holding N demo contacts.
class DemoProfile
{
    Q_DECLARE_TR_FUNCTIONS(DemoProfile)
public:
    enum class Result { Created, AlreadyExists, Failed };
    static constexpr int Batch = 10000;
    /// Refuses (AlreadyExists, nothing changed) when DIR already holds a profile. `progress(done, total)`
    /// is called after each batch of Batch contacts.
    static Result create(const QString &dir, const QString &passphrase, qint64 count,
                         const std::function<void(qint64, qint64)> &progress, QString *error);
};

} // namespace relais
