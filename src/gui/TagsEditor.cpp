#include "TagsEditor.h"

#include "Contact.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStringListModel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace relais {

namespace {
constexpr int Spacing = 4;
constexpr int EditMinWidth = 120;

QString chipStyle()
{
    return QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 9px;"
                          " background: palette(alternate-base); padding: 1px 4px 1px 8px; }"
                          "QToolButton:hover { border-color: palette(highlight); }");
}
} // namespace

TagsEditor::TagsEditor(QWidget *parent)
    : QFrame(parent), m_edit(new QLineEdit(this)), m_completer(new QCompleter(this)),
      m_completionModel(new QStringListModel(this))
{
    setFrameStyle(QFrame::StyledPanel | QFrame::Sunken);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setCursor(Qt::IBeamCursor);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);

    m_edit->setObjectName(QStringLiteral("tagsEdit"));
    m_edit->setFrame(false);
    m_edit->setPlaceholderText(tr("Add a tag…"));
    m_edit->setToolTip(tr("Type a tag, then press Enter or a comma. Backspace removes the last tag."));
    m_edit->installEventFilter(this);
    setFocusProxy(m_edit);

    m_completer->setModel(m_completionModel);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_edit->setCompleter(m_completer);

    connect(m_edit, &QLineEdit::returnPressed, this, &TagsEditor::commitPending);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.contains(u','))
            return;
        QStringList parts = text.split(u',');
        const QString rest = parts.takeLast();
        bool changed = false;
        for (const QString &p : std::as_const(parts))
            changed = addTag(p) || changed;
        m_edit->setText(rest.trimmed());
        if (changed)
            Q_EMIT tagsChanged();
    });
    // The completer writes the chosen text into the line edit after this signal: add it just after.
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &) {
        QTimer::singleShot(0, this, &TagsEditor::commitPending);
    });
}

void TagsEditor::setTags(const QStringList &tags)
{
    const QStringList clean = normalizeTags(tags);
    m_edit->clear();
    if (clean == m_tags)
        return;
    m_tags = clean;
    rebuildChips();
}

void TagsEditor::commitPending()
{
    const QString text = m_edit->text();
    if (text.trimmed().isEmpty())
        return;
    m_edit->clear();
    if (addTag(text))
        Q_EMIT tagsChanged();
}

void TagsEditor::setCompletions(const QStringList &names)
{
    if (m_completionModel->stringList() != names)
        m_completionModel->setStringList(names);
}

bool TagsEditor::addTag(const QString &tag)
{
    const QString t = tag.simplified();
    if (t.isEmpty())
        return false;
    for (const QString &existing : std::as_const(m_tags))
        if (existing.compare(t, Qt::CaseInsensitive) == 0)
            return false;
    m_tags << t;
    rebuildChips();
    return true;
}

void TagsEditor::removeTag(int index)
{
    if (index < 0 || index >= m_tags.size())
        return;
    m_tags.removeAt(index);
    rebuildChips();
    m_edit->setFocus();
    Q_EMIT tagsChanged();
}

void TagsEditor::rebuildChips()
{
    // A chip may be removing itself from its clicked() signal: never delete it synchronously.
    for (QToolButton *chip : std::as_const(m_chips)) {
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    const QIcon removeIcon = style()->standardIcon(QStyle::SP_LineEditClearButton, nullptr, this);
    for (int i = 0; i < m_tags.size(); ++i) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setText(m_tags.at(i));
        chip->setIcon(removeIcon);
        chip->setIconSize(QSize(12, 12));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setLayoutDirection(Qt::RightToLeft); // the cross after the text
        chip->setFocusPolicy(Qt::NoFocus);
        chip->setCursor(Qt::ArrowCursor);
        chip->setAutoRaise(false);
        chip->setStyleSheet(chipStyle());
        chip->setToolTip(tr("Remove the tag “%1”").arg(m_tags.at(i)));
        chip->setEnabled(isEnabled());
        connect(chip, &QToolButton::clicked, this, [this, chip] { removeTag(int(m_chips.indexOf(chip))); });
        chip->show();
        m_chips << chip;
    }
    m_edit->setPlaceholderText(m_tags.isEmpty() ? tr("Add a tag…") : QString());
    doLayout(contentsRect(), true);
    updateGeometry();
}

int TagsEditor::doLayout(const QRect &rect, bool apply) const
{
    const QRect r = rect.adjusted(Spacing, 2, -Spacing, -2);
    int x = r.x();
    int y = r.y();
    int lineHeight = 0;
    const int editHeight = m_edit->sizeHint().height();
    for (QToolButton *chip : m_chips) {
        const QSize s = chip->sizeHint().boundedTo(QSize(r.width(), 1000));
        if (x > r.x() && x + s.width() > r.right() + 1) {
            x = r.x();
            y += lineHeight + Spacing;
            lineHeight = 0;
        }
        const int h = std::max(s.height(), editHeight);
        if (apply)
            chip->setGeometry(QRect(QPoint(x, y + (h - s.height()) / 2), s));
        x += s.width() + Spacing;
        lineHeight = std::max(lineHeight, h);
    }
    // The line edit takes the rest of the last line, or a line of its own when too little is left.
    if (x > r.x() && r.right() + 1 - x < EditMinWidth) {
        x = r.x();
        y += lineHeight + Spacing;
        lineHeight = 0;
    }
    lineHeight = std::max(lineHeight, editHeight);
    if (apply)
        m_edit->setGeometry(QRect(x, y + (lineHeight - editHeight) / 2, std::max(r.right() + 1 - x, 10), editHeight));
    return y + lineHeight - r.y() + 4;
}

int TagsEditor::heightForWidth(int width) const
{
    const QMargins m = contentsMargins();
    return doLayout(QRect(0, 0, width - m.left() - m.right(), 100), false) + m.top() + m.bottom();
}

QSize TagsEditor::sizeHint() const
{
    return QSize(300, heightForWidth(300));
}

QSize TagsEditor::minimumSizeHint() const
{
    const QMargins m = contentsMargins();
    return QSize(EditMinWidth + 2 * Spacing + m.left() + m.right(), m_edit->sizeHint().height() + 4 + m.top() + m.bottom());
}

void TagsEditor::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    doLayout(contentsRect(), true);
}

void TagsEditor::mousePressEvent(QMouseEvent *event)
{
    m_edit->setFocus(Qt::MouseFocusReason);
    QFrame::mousePressEvent(event);
}

void TagsEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::EnabledChange)
        for (QToolButton *chip : std::as_const(m_chips))
            chip->setEnabled(isEnabled());
    QFrame::changeEvent(event);
}

bool TagsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Backspace && m_edit->text().isEmpty() && !m_tags.isEmpty()) {
            removeTag(int(m_tags.size()) - 1);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace relais
