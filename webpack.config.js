/**
 * Builds the Office add-in: the task pane, the ribbon command file, the help page, the icons and a
 * production copy of the manifest, all into dist/.
 *
 *   npm run build   webpack --mode production   (fails when the task pane outgrows 1.5 MB)
 *   npm start       webpack serve --mode development, https://localhost:3000/
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_BASE_URL = 'https://localhost:3000/';
/**
 * Where the built add-in will be hosted. There is no production host yet, so the default is the
 * development server and dist/manifest.xml matches manifest.xml; set APT_PROD_URL (with a trailing
 * slash, https only) when building for a real host.
 */
const PROD_BASE_URL = process.env.APT_PROD_URL || DEV_BASE_URL;
const MAX_TASKPANE_BYTES = 1.5 * 1024 * 1024;

if (!/^https:\/\/.+\/$/.test(PROD_BASE_URL)) {
  throw new Error(
    `APT_PROD_URL must be an https URL ending in "/", e.g. https://addin.example.org/; got "${PROD_BASE_URL}".`,
  );
}

/**
 * The certificate that `office-addin-dev-certs install` creates and Office trusts. Read directly:
 * the package's own API would also try to install and trust a CA, which aborts on Linux.
 */
function officeDevCertificate() {
  const folder = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { cert: 'localhost.crt', key: 'localhost.key', ca: 'ca.crt' };
  const paths = Object.fromEntries(
    Object.entries(files).map(([name, file]) => [name, path.join(folder, file)]),
  );
  if (!Object.values(paths).every((file) => fs.existsSync(file))) return null;
  return Object.fromEntries(Object.entries(paths).map(([name, file]) => [name, fs.readFileSync(file)]));
}

/** Prints the task pane's entry size after each build, so growth is seen before it hits the limit. */
class TaskpaneSizeReport {
  apply(compiler) {
    compiler.hooks.done.tap('TaskpaneSizeReport', (stats) => {
      const entry = stats.compilation.entrypoints.get('taskpane');
      if (!entry) return;
      const bytes = entry
        .getFiles()
        .map((file) => stats.compilation.getAsset(file))
        .reduce((sum, asset) => sum + (asset ? asset.info.size || asset.source.size() : 0), 0);
      const kib = (value) => `${(value / 1024).toFixed(1)} KiB`;
      console.log(`Task pane bundle: ${kib(bytes)} (limit ${kib(MAX_TASKPANE_BYTES)})`);
    });
  }
}

module.exports = (_env, argv) => {
  const production = argv.mode === 'production';
  const certificate = officeDevCertificate();
  return {
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash].js',
      clean: true,
    },
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval.
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // ES modules out of TypeScript so webpack can drop the unused parts of Fluent UI.
            options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: !production } },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'help.html',
        template: './src/taskpane/help.html',
        chunks: [],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // The demo's workbook, fetched from this site in `?demo` mode only.
          { from: 'assets/samples/sample-plan.xlsx', to: 'assets/samples/[name][ext]' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => content.toString().split(DEV_BASE_URL).join(PROD_BASE_URL),
          },
        ],
      }),
      new TaskpaneSizeReport(),
    ],
    performance: {
      hints: production ? 'error' : false,
      maxEntrypointSize: MAX_TASKPANE_BYTES,
      maxAssetSize: MAX_TASKPANE_BYTES,
    },
    devServer: {
      port: 3000,
      host: 'localhost',
      server: certificate ? { type: 'https', options: certificate } : 'https',
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};
