// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QListView;
class QFrame;
class QPushButton;

namespace kontor::ui {

class TimelineModel;

/// The selected contact: details at the top, the interaction history below as a timeline, newest first.
class ContactCard : public QWidget
{
    Q_OBJECT

public:
    /// A label of an email or a phone number in the user's language ("work" in Persian: کار); one typed stays as is.
    static QString labelName(const QString& label);
    explicit ContactCard(QWidget* parent = nullptr);

    void setDatabase(const QSqlDatabase& db);
    void showContact(qint64 contactId);
    qint64 contactId() const { return m_contactId; }
    void refresh();
    TimelineModel* timeline() const { return m_timeline; }
    /// What the card says with no contact selected depends on whether there are any.
    void setListEmpty(bool empty);

    /// Marks the newest open complaint resolved.
    void resolveComplaint();
    /// Resolves or reopens the complaint selected in the history.
    void toggleSelectedComplaint();

signals:
    void editRequested(qint64 contactId);
    void logRequested(qint64 contactId);
    void newDealRequested(qint64 contactId);
    /// After the card changed something itself, saying what.
    void changed(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    QSqlDatabase m_db;
    qint64 m_contactId = 0;
    QLabel* m_name;
    QLabel* m_subtitle;
    QLabel* m_details;
    QLabel* m_empty;
    QLabel* m_historyHeading;
    QPushButton* m_edit;
    QPushButton* m_log;
    QPushButton* m_newDeal;
    QPushButton* m_changes;
    QFrame* m_complaints;
    QLabel* m_complaintText;
    QPushButton* m_resolve;
    qint64 m_openComplaintId = 0;
    QListView* m_timelineView;
    TimelineModel* m_timeline;
};

} // namespace kontor::ui
