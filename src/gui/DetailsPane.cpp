#include "DetailsPane.h"

#include "ui_DetailsPane.h"

#include "Formatting.h"
#include "JsonHighlighter.h"
#include "registry/ReferrersJob.h"
#include "registry/RegistryClient.h"
#include "transfer/ImageInspector.h"
#include "util/Printable.h"
#include "zuul/ZuulTag.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>

namespace {
// Registry text as HTML: control and format characters shown as escapes, then markup as text.
QString escaped(const QString& text)
{
    return Printable::escaped(text).toHtmlEscaped();
}

QString row(const QString& key, const QString& valueHtml)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(escaped(key), valueHtml);
}

QString linked(const QString& value)
{
    if (value.startsWith(QLatin1String("https://")) || value.startsWith(QLatin1String("http://"))) {
        return QStringLiteral("<a href='%1'>%2</a>").arg(escaped(value), escaped(value));
    }
    return escaped(value);
}

QString mono(const QString& text)
{
    return QStringLiteral("<code>%1</code>").arg(escaped(text));
}

QString pretty(const QByteArray& json)
{
    const auto document = QJsonDocument::fromJson(json);
    return document.isNull() ? QString::fromUtf8(json) : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}
} // namespace

DetailsPane::DetailsPane(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DetailsPane>())
{
    m_ui->setupUi(this);
    const auto fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->rawView->setFont(fixed);
    new JsonHighlighter(m_ui->rawView->document());
    m_ui->platformCombo->setMinimumContentsLength(14);
    m_ui->layersTable->setColumnWidth(0, 36);
    m_ui->layersTable->setColumnWidth(1, 160);
    m_ui->rawSelector->addItem(tr("Manifest as served"));
    m_ui->rawSelector->addItem(tr("Image manifest of the platform"));
    m_ui->rawSelector->addItem(tr("Image configuration"));
    connect(m_ui->rawSelector, &QComboBox::currentIndexChanged, this, &DetailsPane::showRaw);
    connect(m_ui->platformCombo, &QComboBox::activated, this,
            [this](int index) { inspect(Platform::parse(m_ui->platformCombo->itemData(index).toString())); });
    connect(m_ui->copyPullButton, &QPushButton::clicked, this, [this]() {
        const auto text = QStringLiteral("docker pull %1").arg(reference());
        QGuiApplication::clipboard()->setText(text);
        emit copied(text);
    });
    connect(m_ui->copyDigestButton, &QPushButton::clicked, this, [this]() {
        QGuiApplication::clipboard()->setText(digestReference());
        emit copied(digestReference());
    });
    clear();
}

DetailsPane::~DetailsPane() = default;

QString DetailsPane::reference() const
{
    return m_client ? QStringLiteral("%1/%2:%3").arg(m_client->address().hostPort(), m_repository, m_tag) : QString();
}

QString DetailsPane::digestReference() const
{
    return m_client && m_digest.isValid()
               ? QStringLiteral("%1/%2@%3").arg(m_client->address().hostPort(), m_repository, m_digest.toString())
               : QString();
}

void DetailsPane::clear()
{
    ++m_generation;
    if (m_inspector) {
        m_inspector->cancel();
    }
    m_digest = {};
    m_topRaw.clear();
    m_imageRaw.clear();
    m_configRaw.clear();
    m_ui->detailsTitle->setText(tr("Select a tag to see what it is."));
    m_ui->summaryView->clear();
    m_ui->layersTable->clear();
    m_ui->configView->clear();
    m_ui->historyTable->clear();
    m_ui->referrersTable->clear();
    m_ui->referrersNote->clear();
    m_ui->rawView->clear();
    m_ui->platformCombo->clear();
    m_ui->platformCombo->setEnabled(false);
    m_ui->copyPullButton->setEnabled(false);
    m_ui->copyDigestButton->setEnabled(false);
}

void DetailsPane::showTag(RegistryClient* client, const QString& repository, const QString& tag,
                          const QStringList& siblingTags)
{
    clear();
    m_client = client;
    m_repository = repository;
    m_tag = tag;
    m_siblingTags = siblingTags;
    m_ui->detailsTitle->setText(QStringLiteral("<b>%1</b>").arg(escaped(reference())));
    m_ui->copyPullButton->setEnabled(true);
    inspect(std::nullopt);
}

void DetailsPane::inspect(std::optional<Platform> platform)
{
    if (!m_client) {
        return;
    }
    if (m_inspector) {
        m_inspector->cancel();
    }
    const int generation = ++m_generation;
    auto* inspector = new ImageInspector(m_client, m_repository, m_tag, std::move(platform), this);
    m_inspector = inspector;
    connect(inspector, &Job::finished, this, [this, inspector, generation]() {
        inspector->deleteLater();
        if (generation != m_generation) {
            return;
        }
        if (inspector->error()) {
            m_ui->summaryView->setHtml(
                QStringLiteral("<p style='color:#c02020'>%1</p>").arg(escaped(inspector->error().message())));
            emit failed(inspector->error());
            return;
        }
        render(inspector);
    });
}

void DetailsPane::render(ImageInspector* inspector)
{
    const auto& top = *inspector->top();
    m_digest = inspector->topDigest();
    m_topRaw = top.raw();
    m_imageRaw = inspector->image() ? inspector->image()->raw() : QByteArray();
    m_configRaw = inspector->configBytes();
    m_ui->copyDigestButton->setEnabled(true);

    // Platform picker (indexes only), keeping the chosen one selected.
    {
        const QSignalBlocker blocker(m_ui->platformCombo);
        m_ui->platformCombo->clear();
        for (const auto& platform : inspector->platforms()) {
            m_ui->platformCombo->addItem(Printable::escaped(platform.toString()), platform.toString());
        }
        if (const auto chosen = inspector->imagePlatform()) {
            m_ui->platformCombo->setCurrentIndex(m_ui->platformCombo->findData(chosen->toString()));
        }
        m_ui->platformCombo->setEnabled(top.isIndex());
    }

    QString html = QStringLiteral("<table>");
    html += row(tr("Reference"), mono(reference()));
    html += row(tr("Digest"), mono(m_digest.toString()));
    html += row(tr("Media type"), mono(top.mediaType()));
    html += row(tr("Manifest size"), escaped(Formatting::exactSize(top.size())));
    if (top.isIndex()) {
        QStringList platforms;
        for (const auto& platform : inspector->platforms()) {
            platforms << escaped(platform.toString());
        }
        html += row(tr("Platforms"), platforms.join(QLatin1String("<br>")));
    }
    if (const auto& image = inspector->image()) {
        if (top.isIndex()) {
            html += row(tr("Image of %1").arg(inspector->imagePlatform().value_or(Platform{}).toString()),
                        mono(inspector->imageDigest().toString()));
        }
        html +=
            row(tr("Image size"), QStringLiteral("%1 (%2)").arg(escaped(Formatting::size(image->imageSize())),
                                                                escaped(Formatting::exactSize(image->imageSize()))));
        html += row(tr("Layers"), QString::number(image->layers().size()));
    }
    if (const auto& config = inspector->config()) {
        html += row(tr("Created"), escaped(QStringLiteral("%1 (%2)").arg(Formatting::absoluteTime(config->created()),
                                                                         Formatting::relativeTime(config->created()))));
    }
    const auto zuul = ZuulTag::parse(m_tag);
    if (zuul.isIntermediate()) {
        html += row(tr("Zuul"),
                    escaped(tr("intermediate image of build %1, to be tagged %2").arg(zuul.build(), zuul.baseTag())));
    } else if (zuul.kind() == ZuulTag::Kind::Change) {
        html += row(
            tr("Zuul"),
            escaped(tr("temporary tag of change %1; promotion makes it %2").arg(zuul.change()).arg(zuul.baseTag())));
    } else if (zuul.kind() == ZuulTag::Kind::Pipeline) {
        html += row(
            tr("Zuul"),
            escaped(
                tr("temporary tag of the %1 pipeline; promotion makes it %2").arg(zuul.pipeline(), zuul.baseTag())));
    }
    const auto annotations = top.annotations();
    for (auto it = annotations.begin(); it != annotations.end(); ++it) {
        html += row(it.key(), linked(it.value().toString()));
    }
    if (!inspector->configProblem().isEmpty()) {
        html += row(tr("Problem"),
                    QStringLiteral("<span style='color:#c02020'>%1</span>").arg(escaped(inspector->configProblem())));
    }
    html += QStringLiteral("</table>");
    m_ui->summaryView->setHtml(html);

    m_ui->layersTable->clear();
    if (const auto& image = inspector->image()) {
        int number = 0;
        for (const auto& layer : image->layers()) {
            auto* item = new QTreeWidgetItem(
                m_ui->layersTable, {QString::number(++number), Formatting::shortDigest(layer.digest.toString()),
                                    Formatting::size(layer.size), Printable::escaped(layer.mediaType)});
            item->setToolTip(1, layer.digest.toString());
            item->setToolTip(2, Formatting::exactSize(layer.size));
            item->setFont(1, QFontDatabase::systemFont(QFontDatabase::FixedFont));
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_ui->configView->clear();
    m_ui->historyTable->clear();
    if (const auto& config = inspector->config()) {
        renderConfig(*config);
    } else if (top.isIndex() && !inspector->image()) {
        m_ui->configView->setPlainText(tr("This index has no image for the chosen platform."));
    }
    showRaw();
    loadReferrers(m_digest);
}

void DetailsPane::renderConfig(const ImageConfig& config)
{
    const auto list = [](const QStringList& items) {
        QStringList escapedItems;
        for (const auto& item : items) {
            escapedItems << mono(item);
        }
        return escapedItems.isEmpty() ? QStringLiteral("—") : escapedItems.join(QLatin1String("<br>"));
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Platform"), escaped(Platform{config.os(), config.architecture(), config.variant(), {}}.toString()));
    html += row(tr("Entrypoint"), list(config.entrypoint()));
    html += row(tr("Cmd"), list(config.cmd()));
    html += row(tr("User"), config.user().isEmpty() ? tr("root (not set)") : mono(config.user()));
    html += row(tr("Working dir"), config.workingDir().isEmpty() ? QStringLiteral("/") : mono(config.workingDir()));
    html += row(tr("Exposed ports"), list(config.exposedPorts()));
    html += row(tr("Volumes"), list(config.volumes()));
    html += row(tr("Environment"), list(config.env()));
    if (!config.author().isEmpty()) {
        html += row(tr("Author"), escaped(config.author()));
    }
    html += QStringLiteral("</table><h4>%1</h4><table>").arg(escaped(tr("Labels")));
    const auto labels = config.labels();
    if (labels.isEmpty()) {
        html += row(tr("(none)"), QString());
    }
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        html += row(it.key(), linked(it.value())); // org.zuul-ci.change_url becomes a link
    }
    html += QStringLiteral("</table>");
    m_ui->configView->setHtml(html);

    int layer = 0;
    for (const auto& entry : config.history()) {
        auto* item = new QTreeWidgetItem(
            m_ui->historyTable,
            {Formatting::absoluteTime(entry.created), entry.emptyLayer ? tr("(no layer)") : QString::number(++layer),
             Printable::escaped(entry.createdBy.isEmpty() ? entry.comment : entry.createdBy)});
        item->setToolTip(2, Printable::escaped(entry.createdBy));
    }
}

void DetailsPane::loadReferrers(const Digest& digest)
{
    m_ui->referrersTable->clear();
    // The fallback tag scheme of OCI 1.1 (and cosign's sha256-<hex>.sig / .att / .sbom).
    const auto prefix = digest.toString().replace(QLatin1Char(':'), QLatin1Char('-'));
    for (const auto& tag : std::as_const(m_siblingTags)) {
        if (tag.startsWith(prefix)) {
            new QTreeWidgetItem(
                m_ui->referrersTable,
                {Printable::escaped(tag), Printable::escaped(tag.mid(prefix.size() + 1)), tr("tag scheme")});
        }
    }
    m_ui->referrersNote->setText(tr("Asking the registry for referrers…"));
    auto* job = m_client->referrers(m_repository, digest);
    const int generation = m_generation;
    connect(job, &RegistryJob::finished, this, [this, job, generation]() {
        job->deleteLater();
        if (generation != m_generation) {
            return;
        }
        for (const auto& referrer : job->referrers()) {
            auto* item = new QTreeWidgetItem(
                m_ui->referrersTable,
                {referrer.digest.toString(), Printable::escaped(referrer.artifactType), tr("referrers API")});
            item->setFont(0, QFontDatabase::systemFont(QFontDatabase::FixedFont));
        }
        const int count = m_ui->referrersTable->topLevelItemCount();
        if (job->error()) {
            m_ui->referrersNote->setText(tr("%1. Referrers stored under the sha256-<hex> tag scheme: %2.")
                                             .arg(Printable::escaped(job->error().message()))
                                             .arg(count));
        } else {
            m_ui->referrersNote->setText(tr("%n referrer(s).", nullptr, count));
        }
    });
}

void DetailsPane::showRaw()
{
    const QByteArray* bytes = &m_topRaw;
    if (m_ui->rawSelector->currentIndex() == 1) {
        bytes = &m_imageRaw;
    } else if (m_ui->rawSelector->currentIndex() == 2) {
        bytes = &m_configRaw;
    }
    m_ui->rawView->setPlainText(bytes->isEmpty() ? QString() : pretty(*bytes));
}
