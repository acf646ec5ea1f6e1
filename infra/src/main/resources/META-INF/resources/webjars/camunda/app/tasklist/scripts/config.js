// Wuxiao's Tasklist configuration (replaces the webapp's own config.js on the classpath):
// Chinese (zh.json, shipped beside it) unless the browser asks for English first.
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // No "first time here" box pointing to Camunda's welcome page: users come from Wuxiao's login.
  disableWelcomeMessage: true,
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务 / claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '焦点移到第一个过滤器 / set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '焦点移到第一个任务 / sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '焦点移到表单的第一个输入框 / sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开启动流程对话框 / opens the start process modal dialog'
    }
  }
};
