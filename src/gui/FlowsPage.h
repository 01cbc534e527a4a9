#pragma once

#include "WindowPage.h"
#include "job/TransferEvent.h"
#include "zuul/ZuulApi.h"

#include <QPointer>

#include <memory>

namespace Ui {
class FlowsPage;
}
class ActivityPanel;
class FlowRehearsal;
class RegistryClient;
class RegistryConnections;
class RegistryEventListener;
struct RegistryEvent;
class SequenceDiagram;

// The two sequence diagrams of the Container Images document, drawn from a real rehearsal of the
// gating flow on the chosen connections, and a live diagram of every transfer started in the window.
class FlowsPage : public WindowPage
{
    Q_OBJECT
public:
    explicit FlowsPage(QWidget* parent = nullptr);
    ~FlowsPage() override;

    static constexpr QLatin1String kName{"flows"};
    QString pageTitle() const override { return tr("&Flows"); }
    void setContext(const PageContext& context) override;

    static constexpr int kReplayStepMs = 350;

public slots:
    void rehearse();
    void replay();
    void drawEvent(const TransferEvent& event);
    // The document's transfer diagram for a real buildset (BuildsetFlow), on its own tab.
    void drawBuildset(const ZuulBuildset& buildset, const QList<ZuulBuild>& builds);
    // Live activity: receive registry:2 notifications on the chosen address and port (with a token made for this
    // session), each event as a row and an arrow of the live diagram.
    void listenForEvents(bool listen);
    void showRegistryEvent(const RegistryEvent& event);

public:
    RegistryEventListener* eventListener() const { return m_events.get(); }

private:
    void fillConnections();
    void start(const QList<RegistryClient*>& clients);
    SequenceDiagram* currentDiagram() const;
    void exportDiagram(bool svg);

    std::unique_ptr<Ui::FlowsPage> m_ui;
    RegistryConnections* m_connections = nullptr;
    ActivityPanel* m_activity = nullptr;
    QPointer<FlowRehearsal> m_rehearsal;
    QList<TransferEvent> m_lastRun; // what the document's diagrams drew, for replay
    bool m_replaying = false;
    std::unique_ptr<RegistryEventListener> m_events;
    void updateEventsStatus();
};
