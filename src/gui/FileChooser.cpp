#include "FileChooser.h"

#include <QFileDialog>

#include <optional>

namespace relais {

namespace {
std::optional<QString> &nextFileName()
{
    static std::optional<QString> next;
    return next;
}
} // namespace

QString FileChooser::saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                  const QString &filter)
{
    if (std::optional<QString> next = std::exchange(nextFileName(), std::nullopt))
        return *next;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void FileChooser::setNextFileName(const QString &fileName)
{
    nextFileName() = fileName;
}

} // namespace relais
