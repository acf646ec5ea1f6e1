// Wuxiao's configuration of Camunda's welcome page (profile, password change): Chinese (zh.json)
// unless the browser asks for English first.
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  }
};
