#pragma once

#include <QFrame>
#include <QList>
#include <QStringList>

class QCompleter;
class QLineEdit;
class QStringListModel;
class QToolButton;

namespace relais {

/// Edits a list of tags as removable "chips" followed by a line edit that completes existing tags.
/// Enter or a comma adds the typed tag; Backspace in the empty line edit removes the last one.
class TagsEditor : public QFrame
{
    Q_OBJECT
public:
    explicit TagsEditor(QWidget *parent = nullptr);

    /// The tags shown as chips (not what is still being typed: see commitPending()).
    QStringList tags() const { return m_tags; }
    void setTags(const QStringList &tags);
    /// Turns the text still in the line edit into a tag (call before reading tags() to save).
    void commitPending();
    /// Existing tag names offered by the completer.
    void setCompletions(const QStringList &names);
    QLineEdit *lineEdit() const { return m_edit; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void tagsChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool addTag(const QString &tag); ///< false when empty or already there (case-insensitive)
    void removeTag(int index);
    void rebuildChips();
    int doLayout(const QRect &rect, bool apply) const; ///< the height the chips and the edit need

    QStringList m_tags;
    QList<QToolButton *> m_chips;
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStringListModel *m_completionModel;
};

} // namespace relais
