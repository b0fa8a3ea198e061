#pragma once

#include "channels/http/HttpAnswer.h"
#include "channels/http/HttpRequest.h"

#include <QHostAddress>
#include <QMutex>

#include <curl/curl.h>

#include <atomic>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace Herald {

class CurlTransfer;

// libcurl's multi interface on a thread of its own: requests go in from any thread, answers
// come out in batches. Connections to a host are kept open and reused across requests.
class CurlMulti {
public:
    using Refusal = std::function<QString(const QHostAddress&)>;
    // Called on the worker thread when answers wait and none did before: time to take them.
    using Ready = std::function<void()>;

    CurlMulti(Refusal refusal, Ready ready);
    ~CurlMulti(); // ends transfers still running; their answers are never given
    CurlMulti(const CurlMulti&) = delete;
    CurlMulti& operator=(const CurlMulti&) = delete;

    void submit(quint64 id, HttpRequest request);
    std::vector<std::pair<quint64, HttpAnswer>> takeAnswers();

private:
    void run();
    void admitSubmitted();
    void collectFinished();

    Refusal m_refusal;
    Ready m_ready;
    CURLM* m_multi = nullptr;
    std::vector<CURL*> m_idleHandles; // reset and reused
    std::vector<std::unique_ptr<CurlTransfer>> m_running;

    QMutex m_mutex; // guards the two queues
    std::vector<std::pair<quint64, HttpRequest>> m_submitted;
    std::vector<std::pair<quint64, HttpAnswer>> m_answers;
    std::atomic<bool> m_wakePending = false;
    std::atomic<bool> m_stopping = false;
    std::thread m_thread;
};

} // namespace Herald
