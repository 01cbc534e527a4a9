#include "UsersPage.h"

#include "ui_UsersPage.h"

#include "admin/Bcrypt.h"
#include "admin/PasswordGenerator.h"
#include "credentials/TrustStore.h"
#include "registry/PingJob.h"
#include "registry/RegistryClient.h"
#include "util/Printable.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QMessageBox>
#include <QtConcurrent>

UsersPage::UsersPage(QWidget* parent)
    : WindowPage(parent)
    , m_ui(std::make_unique<Ui::UsersPage>())
{
    m_ui->setupUi(this);
    m_ui->costSpin->setRange(Bcrypt::kMinCost, Bcrypt::kMaxCost);
    m_ui->costSpin->setValue(Bcrypt::kDefaultCost);
    m_ui->usersTable->setColumnCount(4);
    m_ui->usersTable->setHorizontalHeaderLabels({tr("User"), tr("Hash"), tr("Cost"), tr("Usable by the registry")});
    m_ui->usersTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->usersTable->verticalHeader()->hide();

    connect(m_ui->openButton, &QPushButton::clicked, this, [this]() {
        const auto path = m_ui->htpasswdPathEdit->text().isEmpty()
                              ? QFileDialog::getOpenFileName(this, tr("Open htpasswd file"))
                              : m_ui->htpasswdPathEdit->text();
        if (!path.isEmpty()) {
            openFile(path);
        }
    });
    connect(m_ui->htpasswdPathEdit, &QLineEdit::returnPressed, this,
            [this]() { openFile(m_ui->htpasswdPathEdit->text()); });
    connect(m_ui->reloadButton, &QPushButton::clicked, this, [this]() { openFile(m_ui->htpasswdPathEdit->text()); });
    connect(m_ui->generateButton, &QPushButton::clicked, this, [this]() {
        m_ui->passwordEdit->setEchoMode(QLineEdit::Normal);
        m_ui->passwordEdit->setText(PasswordGenerator::generate());
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, [this]() { addOrSet(true); });
    connect(m_ui->setPasswordButton, &QPushButton::clicked, this, [this]() { addOrSet(false); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this]() {
        QString error;
        const auto user = m_ui->userEdit->text();
        if (!m_file || !m_file->remove(user, &error)) {
            showMessage(m_file ? error : tr("Open an htpasswd file first."), true);
            return;
        }
        refresh();
    });
    connect(m_ui->verifyButton, &QPushButton::clicked, this, [this]() {
        if (!m_file) {
            return;
        }
        const auto user = m_ui->userEdit->text();
        const auto hash = m_file->hashOf(user);
        const auto password = m_ui->passwordEdit->text().toUtf8();
        inBackground<bool>([hash, password]() { return Bcrypt::verify(password, hash); },
                           [this, user](bool match) {
                               showMessage(match ? tr("The password matches %1.").arg(user)
                                                 : tr("The password does not match %1.").arg(user),
                                           !match);
                           });
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &UsersPage::save);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &UsersPage::checkLogin);
    connect(m_ui->usersTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (const auto* item = m_ui->usersTable->item(row, 0)) {
            m_ui->userEdit->setText(item->text());
        }
    });
    refresh();
}

UsersPage::~UsersPage() = default;

void UsersPage::setContext(const PageContext& context)
{
    setCertsDir(context.settings->certsDir);
    if (!context.settings->htpasswdFile.isEmpty()) {
        openFile(context.settings->htpasswdFile);
    }
}

void UsersPage::showMessage(const QString& text, bool isError)
{
    if (text.isEmpty()) {
        m_ui->usersMessageBar->clear();
        return;
    }
    m_ui->usersMessageBar->show(isError ? MessageBar::Level::Error : MessageBar::Level::Info, text);
}

// registry:2 refuses the whole file while a line has no ':', so saving is refused too; commenting the line out
// keeps what it said and lets the registry read the rest.
void UsersPage::showRefusal(const QString& text)
{
    m_ui->usersMessageBar->show(MessageBar::Level::Error, text, tr("&Comment the line out"), [this]() {
        m_file->commentOutInvalidLines();
        showMessage(tr("Commented out; save to apply."), false);
        refresh();
    });
}

void UsersPage::openFile(const QString& path)
{
    QString error;
    auto file = HtpasswdFile::load(path, &error);
    if (!file) {
        showMessage(error, true);
        return;
    }
    m_file = std::move(file);
    m_ui->htpasswdPathEdit->setText(path);
    showMessage(QString(), false);
    refresh();
}

void UsersPage::refresh()
{
    m_ui->usersTable->setRowCount(0);
    const bool open = m_file.has_value();
    for (auto* button : {m_ui->addButton, m_ui->setPasswordButton, m_ui->verifyButton, m_ui->removeButton,
                         m_ui->saveButton, m_ui->reloadButton}) {
        button->setEnabled(open && !m_busy);
    }
    if (!open) {
        m_ui->stateLabel->setText(tr("No file open"));
        return;
    }
    int row = 0;
    for (const auto& line : m_file->lines()) {
        if (line.kind != HtpasswdFile::Line::Kind::Entry && line.kind != HtpasswdFile::Line::Kind::Invalid) {
            continue;
        }
        m_ui->usersTable->insertRow(row);
        const bool usable = line.problem.isEmpty();
        const auto cost = Bcrypt::cost(line.hash);
        const QStringList cells{
            Printable::escaped(line.kind == HtpasswdFile::Line::Kind::Invalid ? QString::fromUtf8(line.raw)
                                                                              : line.user),
            line.kind == HtpasswdFile::Line::Kind::Invalid ? tr("invalid line") : Bcrypt::schemeName(line.hash),
            cost > 0 ? QString::number(cost) : QString(), usable ? tr("yes") : tr("no")};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setToolTip(Printable::escaped(line.problem));
            if (!usable) {
                item->setForeground(QColor(0xb0, 0x00, 0x20));
            }
            m_ui->usersTable->setItem(row, column, item);
        }
        ++row;
    }
    const auto problems = m_file->problems();
    m_ui->stateLabel->setText(m_file->isModified() ? tr("Unsaved changes") : tr("Saved"));
    if (const auto refusal = m_file->refusal(); !refusal.isEmpty()) {
        showRefusal(refusal);
    } else if (!problems.isEmpty()) {
        QStringList shown;
        for (const auto& problem : problems) {
            shown << Printable::escaped(problem);
        }
        showMessage(shown.join(QLatin1Char('\n')), true);
    }
}

void UsersPage::setBusy(bool busy)
{
    m_busy = busy;
    refresh();
}

template<typename T>
void UsersPage::inBackground(std::function<T()> work, std::function<void(T)> done)
{
    // bcrypt at cost 12 takes a quarter of a second or more: never on the GUI thread.
    auto* watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcher<T>::finished, this, [this, watcher, done]() {
        watcher->deleteLater();
        setBusy(false);
        done(watcher->result());
    });
    setBusy(true);
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void UsersPage::addOrSet(bool add)
{
    if (!m_file) {
        showMessage(tr("Open an htpasswd file first."), true);
        return;
    }
    const auto user = m_ui->userEdit->text().trimmed();
    if (m_ui->passwordEdit->text().isEmpty()) {
        showMessage(tr("Enter or generate a password first."), true);
        return;
    }
    if (add && m_file->contains(user)) {
        showMessage(tr("User %1 already exists; use Set password to change it.").arg(user), true);
        return;
    }
    if (!add && !m_file->contains(user)) {
        showMessage(tr("There is no user %1 to change.").arg(user), true);
        return;
    }
    const auto password = m_ui->passwordEdit->text().toUtf8();
    const int cost = m_ui->costSpin->value();
    inBackground<QByteArray>([password, cost]() { return Bcrypt::hash(password, cost); },
                             [this, user, add](QByteArray hash) {
                                 QString error;
                                 if (hash.isEmpty() || !m_file->setHash(user, hash, !add, &error)) {
                                     showMessage(hash.isEmpty() ? tr("bcrypt hashing failed") : error, true);
                                     return;
                                 }
                                 showMessage(add ? tr("Added %1; save to apply.").arg(user)
                                                 : tr("Changed the password of %1; save to apply.").arg(user),
                                             false);
                                 refresh();
                             });
}

void UsersPage::save()
{
    if (!m_file) {
        return;
    }
    QString error;
    if (!m_file->save(&error)) {
        if (m_file->changedOnDisk()) {
            QMessageBox box(QMessageBox::Warning, tr("File changed on disk"),
                            tr("%1 was changed by someone else since it was opened.").arg(m_file->path()),
                            QMessageBox::Cancel, this);
            auto* mergeButton = box.addButton(tr("&Merge my changes into it"), QMessageBox::AcceptRole);
            auto* overwriteButton = box.addButton(tr("&Overwrite their changes"), QMessageBox::DestructiveRole);
            box.exec();
            const bool saved =
                (box.clickedButton() == mergeButton && m_file->merge(&error) && m_file->save(&error)) ||
                (box.clickedButton() == overwriteButton && m_file->save(&error, HtpasswdFile::SaveFlag::Overwrite));
            if (saved) {
                showMessage(tr("Saved %1.").arg(m_file->path()), false);
                refresh();
                return;
            }
            if (box.clickedButton() != mergeButton && box.clickedButton() != overwriteButton) {
                return;
            }
        }
        if (!m_file->refusal().isEmpty()) {
            showRefusal(error);
        } else {
            showMessage(error, true);
        }
        return;
    }
    showMessage(tr("Saved %1. registry:2 reads the change at once.").arg(m_file->path()), false);
    refresh();
}

void UsersPage::checkLogin()
{
    QString error;
    const auto address = RegistryAddress::parse(m_ui->checkRegistryEdit->text(), &error);
    if (!address) {
        m_ui->checkResultLabel->setText(error);
        return;
    }
    delete m_client;
    m_client = new RegistryClient(*address, this);
    RegistryOptions options;
    TrustStore::forDirectory(m_certsDir).apply(*address, options, nullptr);
    m_client->setOptions(options);
    m_client->setCredentials({m_ui->userEdit->text(), m_ui->passwordEdit->text(), false});
    auto* job = m_client->ping();
    m_ui->checkResultLabel->setText(tr("Checking…"));
    connect(job, &RegistryJob::finished, this, [this, job]() {
        job->deleteLater();
        m_ui->checkResultLabel->setText(
            job->error() ? job->error().message()
                         : tr("%1 can log in to %2.").arg(m_ui->userEdit->text(), m_client->address().displayName()));
    });
}
