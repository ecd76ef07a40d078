// ESLint for the SPA: the recommended JavaScript and Vue 3 rules, browser globals for the app, Node's for
// the build and test scripts. Formatting is Prettier's job (eslint-config-prettier turns off the rules
// that would argue with it). Run by `npm run lint`, which `./mvnw verify` runs.
import js from '@eslint/js'
import vue from 'eslint-plugin-vue'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

export default [
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...vue.configs['flat/recommended'],
  prettier,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      // `const { key: _, ...rest } = o` drops a key: the rest is what is used.
      'no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' },
      ],
      // Pages are named for what they are (LoginPage, BoardPage), not forced into two words.
      'vue/multi-word-component-names': 'off',
      // Where the first attribute goes is layout, which Prettier decides.
      'vue/first-attribute-linebreak': 'off',
    },
  },
  {
    files: ['*.config.js', 'scripts/**', 'e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/**/*.spec.js', 'src/test-support/**'],
    languageOptions: { globals: { ...globals.node } },
  },
]
