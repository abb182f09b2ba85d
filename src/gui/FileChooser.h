#pragma once

#include <QString>

class QWidget;

namespace relais {

/// The file dialogs of the client, with a hook for tests (as KeePassXC's FileDialog): a name set with
/// setNextFileName() is answered by the next call instead of opening a dialog.
class FileChooser
{
public:
    /// A file to write; empty when the user cancels.
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                const QString &filter);
    /// For tests: the answer of the next dialog (an empty string answers "cancelled").
    static void setNextFileName(const QString &fileName);
};

} // namespace relais
