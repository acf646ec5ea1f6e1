// Shared by every page: htmx and fetch() send the CSRF token of the session (Spring Security).
(function () {
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (!token || !header) return;
    document.body.addEventListener('htmx:configRequest', function (event) {
        event.detail.headers[header.content] = token.content;
    });
    window.wuxiaoFetch = function (url, options) {
        const init = Object.assign({credentials: 'same-origin'}, options || {});
        init.headers = Object.assign({'Accept': 'application/json'}, init.headers || {});
        init.headers[header.content] = token.content;
        return fetch(url, init);
    };
})();

// The pager's page size: each choice carries the link of the same page at that size.
document.querySelectorAll('select[data-page-size]').forEach(select => select.addEventListener('change', () => {
    location.href = select.selectedOptions[0].dataset.href;
}));
