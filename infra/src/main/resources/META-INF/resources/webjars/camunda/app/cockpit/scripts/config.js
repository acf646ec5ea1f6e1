// Wuxiao's Cockpit configuration (replaces the webapp's own config.js on the classpath, whose options are all
// commented out, i.e. Camunda's defaults): Chinese (zh.json, shipped beside it) unless the browser asks for
// English first. Every other option keeps Camunda's default.
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'zh'
  },
  // No "first time here" box (it probes /camunda-welcome and links to Camunda's welcome page): users come
  // from Wuxiao's login.
  disableWelcomeMessage: true
};
