#pragma once

#include <QStyledItemDelegate>

namespace relais {

/// Draws a newsletter of the Newsletters list on two lines, as a mail program lists messages: the subject,
/// then its state (in the state's colour), zone and date in small grey letters. Rows without a state
/// (the group headings) are drawn as usual.
class NewsletterListDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum Role {
        StateRole = Qt::UserRole + 10, ///< the state as read ("Draft", "Sent"...); empty for templates
        StateColorRole,                ///< QColor of the state
        DetailsRole,                   ///< "69 – Rhône · 22/11/2026 09:30"
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace relais
