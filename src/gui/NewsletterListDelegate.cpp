#include "NewsletterListDelegate.h"

#include <QApplication>
#include <QPainter>

namespace relais {

namespace {
constexpr int Padding = 5;

QFont smaller(QFont f)
{
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}
} // namespace

void NewsletterListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.data(DetailsRole).isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString subject = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = text;
    dim.setAlphaF(0.65f);
    const QRect r = opt.rect.adjusted(Padding + 2, Padding - 1, -Padding, -Padding);
    const QFontMetrics fm(opt.font);
    const QFont small = smaller(opt.font);
    const QFontMetrics sfm(small);

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(text);
    painter->drawText(QRect(r.left(), r.top(), r.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(subject, Qt::ElideRight, r.width()));
    const int y = r.top() + fm.height() + 1;
    int x = r.left();
    painter->setFont(small);
    const QString state = index.data(StateRole).toString();
    if (!state.isEmpty()) {
        painter->setPen(selected ? text : index.data(StateColorRole).value<QColor>());
        QFont bold = small;
        bold.setBold(true);
        painter->setFont(bold);
        const int w = QFontMetrics(bold).horizontalAdvance(state);
        painter->drawText(QRect(x, y, w, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter, state);
        x += w;
        painter->setFont(small);
    }
    const QString details = (state.isEmpty() ? QString() : QStringLiteral(" · ")) + index.data(DetailsRole).toString();
    painter->setPen(dim);
    painter->drawText(QRect(x, y, r.right() - x, sfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(details, Qt::ElideRight, r.right() - x));
    painter->restore();
}

QSize NewsletterListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(DetailsRole).isValid())
        return base + QSize(0, 6);
    const int h = QFontMetrics(option.font).height() + QFontMetrics(smaller(option.font)).height() + 2 * Padding + 2;
    return QSize(base.width(), h);
}

} // namespace relais
