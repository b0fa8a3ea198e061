#pragma once

#include "channels/http/HttpAnswer.h"
#include "channels/http/HttpRequest.h"

#include <QHostAddress>
#include <QMutex>

#include <curl/curl.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace Herald {

class CurlTransfer;

// libcurl's multi interface on a thread of its own: requests go in from any thread, answers
// come out in batches. Connections to a host are kept open and reused across requests.
// Event driven (libcurl's socket API on epoll): a wake costs work for the sockets that are
// ready, not a poll() over every connection and a pass over every transfer.
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
    using Clock = std::chrono::steady_clock;

    static int onSocket(CURL* handle, curl_socket_t socket, int what, void* self, void* socketData);
    static int onTimer(CURLM* multi, long timeoutMs, void* self);

    void run();
    int waitMs() const;
    void wake();
    void admitSubmitted();
    void collectFinished();

    Refusal m_refusal;
    Ready m_ready;
    CURLM* m_multi = nullptr;
    int m_epoll = -1;
    int m_wakeFd = -1;                           // an eventfd: submissions and shutdown
    std::optional<Clock::time_point> m_deadline; // libcurl's next timeout; worker thread only
    std::vector<CURL*> m_idleHandles;            // reset and reused
    std::vector<std::unique_ptr<CurlTransfer>> m_running;

    QMutex m_mutex; // guards the two queues
    std::vector<std::pair<quint64, HttpRequest>> m_submitted;
    std::vector<std::pair<quint64, HttpAnswer>> m_answers;
    std::atomic<bool> m_wakePending = false;
    std::atomic<bool> m_stopping = false;
    std::thread m_thread;
};

} // namespace Herald
