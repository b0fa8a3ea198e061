#include "channels/http/CurlMulti.h"

#include "channels/http/CurlLibrary.h"
#include "channels/http/CurlTransfer.h"

#include <QMutexLocker>

#include <pthread.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <array>
#include <cerrno>

namespace Herald {

namespace {
// Every webhook of a channel may live on one host (all Slack webhooks do): the dispatcher's own
// limit of sends in flight per channel is the limit meant to hold, not a per-host one.
constexpr long connectionsPerHost = 64;
// Idle connections kept for reuse. Unset, libcurl keeps four per transfer in the multi at the
// moment one goes idle: as a burst's last answers come in that is a few, and the connections
// the next burst needs are closed and opened again (a connect and a close for about one request
// in seven in the outbox benchmark). Never more are open than were in use at once.
constexpr long idleConnections = 256;
// The longest sleep without libcurl asking for a timeout; on waking from it libcurl still gets
// its timeout call, so a timer lost in rounding costs at most this long.
constexpr int idlePollMs = 1000;
// Ready sockets handled per wake; more simply wait for the next epoll_wait.
constexpr int eventBatch = 64;

void watch(int epoll, int fd, uint32_t events, bool known)
{
    epoll_event event{};
    event.events = events;
    event.data.fd = fd;
    if (epoll_ctl(epoll, known ? EPOLL_CTL_MOD : EPOLL_CTL_ADD, fd, &event) == 0)
        return;
    // libcurl's view and epoll's can differ when a socket was closed and its number reused.
    if (errno == ENOENT)
        epoll_ctl(epoll, EPOLL_CTL_ADD, fd, &event);
    else if (errno == EEXIST)
        epoll_ctl(epoll, EPOLL_CTL_MOD, fd, &event);
}
} // namespace

CurlMulti::CurlMulti(Refusal refusal, Ready ready) : m_refusal(std::move(refusal)), m_ready(std::move(ready))
{
    CurlLibrary::initialise();
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    m_wakeFd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    watch(m_epoll, m_wakeFd, EPOLLIN, false);
    m_multi = curl_multi_init();
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, connectionsPerHost);
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, idleConnections);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &CurlMulti::onSocket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &CurlMulti::onTimer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    m_thread = std::thread(&CurlMulti::run, this);
}

CurlMulti::~CurlMulti()
{
    m_stopping = true;
    wake();
    m_thread.join();
    // libcurl's callbacks may still run below, on this thread now: epoll stays open until last.
    for (const auto& transfer : m_running)
        curl_multi_remove_handle(m_multi, transfer->handle());
    for (const auto& transfer : m_running)
        curl_easy_cleanup(transfer->handle());
    m_running.clear();
    for (CURL* handle : m_idleHandles)
        curl_easy_cleanup(handle);
    curl_multi_cleanup(m_multi);
    close(m_wakeFd);
    close(m_epoll);
}

void CurlMulti::submit(quint64 id, HttpRequest request)
{
    {
        QMutexLocker lock(&m_mutex);
        m_submitted.emplace_back(id, std::move(request));
    }
    // One wake-up for a burst of submissions, not one each.
    if (!m_wakePending.exchange(true))
        wake();
}

std::vector<std::pair<quint64, HttpAnswer>> CurlMulti::takeAnswers()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_answers, {});
}

void CurlMulti::wake()
{
    eventfd_write(m_wakeFd, 1);
}

int CurlMulti::onSocket(CURL*, curl_socket_t socket, int what, void* self, void* socketData)
{
    auto* multi = static_cast<CurlMulti*>(self);
    if (what == CURL_POLL_REMOVE) {
        // Fails harmlessly when libcurl closed the socket first: epoll dropped it then.
        epoll_ctl(multi->m_epoll, EPOLL_CTL_DEL, socket, nullptr);
        return 0;
    }
    const uint32_t events = ((what & CURL_POLL_IN) ? EPOLLIN : 0u) | ((what & CURL_POLL_OUT) ? EPOLLOUT : 0u);
    watch(multi->m_epoll, socket, events, socketData != nullptr);
    if (!socketData)
        curl_multi_assign(multi->m_multi, socket, multi); // marks the socket as watched
    return 0;
}

int CurlMulti::onTimer(CURLM*, long timeoutMs, void* self)
{
    auto* multi = static_cast<CurlMulti*>(self);
    if (timeoutMs < 0)
        multi->m_deadline.reset();
    else
        multi->m_deadline = Clock::now() + std::chrono::milliseconds(timeoutMs);
    return 0;
}

int CurlMulti::waitMs() const
{
    if (!m_deadline)
        return idlePollMs;
    const auto left = *m_deadline - Clock::now();
    if (left <= Clock::duration::zero())
        return 0;
    // Rounded up: waking a fraction early would find nothing due and spin.
    return int(std::min<long long>(idlePollMs, std::chrono::ceil<std::chrono::milliseconds>(left).count()));
}

void CurlMulti::run()
{
    pthread_setname_np(pthread_self(), "herald-http"); // for people reading top or a profile
    std::array<epoll_event, eventBatch> events;
    int running = 0;
    while (!m_stopping) {
        const int ready = epoll_wait(m_epoll, events.data(), int(events.size()), waitMs());
        if (ready < 0)
            continue; // EINTR
        bool woken = false;
        for (int i = 0; i < ready; ++i) {
            const epoll_event& event = events[i];
            if (event.data.fd == m_wakeFd) {
                woken = true;
                continue;
            }
            // An error or hang-up is passed on as readiness: libcurl's read or write then meets
            // it and reports it as it would have without the event API.
            int mask = 0;
            if (event.events & (EPOLLIN | EPOLLHUP | EPOLLERR))
                mask |= CURL_CSELECT_IN;
            if (event.events & (EPOLLOUT | EPOLLERR))
                mask |= CURL_CSELECT_OUT;
            curl_multi_socket_action(m_multi, event.data.fd, mask, &running);
        }
        if (woken) {
            eventfd_t count = 0;
            eventfd_read(m_wakeFd, &count);
            m_wakePending = false;
            admitSubmitted(); // libcurl asks for a timeout of 0 to start them, just below
        }
        if (ready == 0 || (m_deadline && Clock::now() >= *m_deadline)) {
            m_deadline.reset();
            curl_multi_socket_action(m_multi, CURL_SOCKET_TIMEOUT, 0, &running);
        }
        collectFinished();
    }
}

void CurlMulti::admitSubmitted()
{
    std::vector<std::pair<quint64, HttpRequest>> submitted;
    {
        QMutexLocker lock(&m_mutex);
        submitted.swap(m_submitted);
    }
    for (auto& [id, request] : submitted) {
        CURL* handle = nullptr;
        if (m_idleHandles.empty()) {
            handle = curl_easy_init();
        } else {
            handle = m_idleHandles.back();
            m_idleHandles.pop_back();
        }
        m_running.push_back(std::make_unique<CurlTransfer>(handle, id, std::move(request), m_refusal));
        curl_multi_add_handle(m_multi, handle);
    }
}

void CurlMulti::collectFinished()
{
    std::vector<std::pair<quint64, HttpAnswer>> finished;
    int left = 0;
    while (CURLMsg* message = curl_multi_info_read(m_multi, &left)) {
        if (message->msg != CURLMSG_DONE)
            continue;
        CURL* handle = message->easy_handle;
        const CURLcode code = message->data.result;
        const auto it = std::find_if(m_running.begin(), m_running.end(),
                                     [&](const auto& transfer) { return transfer->handle() == handle; });
        curl_multi_remove_handle(m_multi, handle);
        if (it == m_running.end())
            continue;
        finished.emplace_back((*it)->id(), (*it)->answer(code));
        // Order does not matter: the last takes the finished one's place.
        std::swap(*it, m_running.back());
        m_running.pop_back();
        curl_easy_reset(handle);
        m_idleHandles.push_back(handle);
    }
    if (finished.empty())
        return;
    bool wasEmpty = false;
    {
        QMutexLocker lock(&m_mutex);
        wasEmpty = m_answers.empty();
        for (auto& answer : finished)
            m_answers.push_back(std::move(answer));
    }
    if (wasEmpty)
        m_ready();
}

} // namespace Herald
