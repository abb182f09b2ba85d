#include "DemoProfile.h"

#include "DemoGenerator.h"
#include "ProfileSession.h"
#include "ProfileVault.h"
#include "ZoneTree.h"

#include <QDir>
#include <QFile>

namespace relais {

DemoProfile::Result DemoProfile::create(const QString &dir, const QString &passphrase, qint64 count,
                                        const std::function<void(qint64, qint64)> &progress, QString *error)
{
    if (ProfileVault::exists(dir) || QFile::exists(ProfileVault::databasePath(dir))) {
        *error = tr("A profile already exists in %1; nothing was changed.").arg(QDir::toNativeSeparators(dir));
        return Result::AlreadyExists;
    }
    ProfileSession session;
    if (!session.create(dir, passphrase, error))
        return Result::Failed;
    DemoGenerator generator(ZoneTree::france());
    qint64 done = 0;
    while (done < count) {
        const int n = int(qMin<qint64>(Batch, count - done));
        QList<Contact> contacts = generator.generate(n);
        QString insertError;
        if (!session.contacts()->insertMany(contacts, &insertError)) {
            *error = tr("Inserting demo contacts failed after %1 of %2: %3").arg(done).arg(count).arg(insertError);
            return Result::Failed;
        }
        done += n;
        if (progress)
            progress(done, count);
    }
    session.contacts()->optimizeSearchIndex();
    return Result::Created;
}

} // namespace relais
