#pragma once

#include "Contact.h"
#include "Interaction.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace relais {

class ProfileSession;

/// The history of one contact, newest first: its interactions (notes, consent changes, imports,
/// event sign-ups...) and the synthesised "created" entry, plus a box to add a note.
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(ProfileSession *session, QWidget *parent = nullptr);

    /// Shows the history of a saved contact (reads it from the replica); an unsaved one shows none.
    void setContact(const Contact &contact);
    void reload();
    int entryCount() const;

    /// "Consent changed", "Note"... for an interaction kind.
    static QString kindText(const QString &kind);
    /// One line describing an interaction.
    static QString summary(const Interaction &interaction);
    /// A consent source as a person reads it: "manual edit by alice", "event: Fête de la rose"...
    static QString describeSource(const QString &source);
    /// The stored (untranslated) source of a consent changed by hand in the editor.
    static QString manualEditSource(const QString &author);

Q_SIGNALS:
    void noteAdded();

private:
    void addNote();

    QPointer<ProfileSession> m_session;
    Contact m_contact;
    QTreeWidget *m_list;
    QLabel *m_emptyLabel;
    QPlainTextEdit *m_noteEdit;
    QPushButton *m_addNoteButton;
};

} // namespace relais
