// pm2 process file for the cooperation knowledge API, for hosts without systemd (README, "Deploy").
// It runs what deploy/cooperation-api.service runs: node with the flags of package.json's start
// script, straight (no npm, no shell, no pm2 wrapper in between), so the stop signal reaches the
// server, which then drains: stops accepting, lets requests in flight finish (10 s at most), closes
// the database and exits 0. pm2 stops with SIGINT (PM2_KILL_SIGNAL=SIGTERM for SIGTERM); the
// server treats both alike. From the install folder:
//   npx pm2@7 start deploy/ecosystem.config.cjs      (then pm2 restart|stop|logs cooperation-api)
// The environment comes from the shell that starts pm2 (or the env block below); every variable is
// in the README's "Configuration" table.
const path = require('node:path');

module.exports = {
  apps: [
    {
      name: 'cooperation-api',
      cwd: path.resolve(__dirname, '..'),
      script: process.execPath,
      interpreter: 'none',
      args: ['--max-old-space-size=192', '--import', 'tsx', 'src/main.ts'],
      exec_mode: 'fork',
      instances: 1,
      // Restart after a crash, not in a loop when it cannot start (a bad configuration exits at once).
      autorestart: true,
      min_uptime: 5000,
      max_restarts: 10,
      restart_delay: 2000,
      // Longer than the server's own 10 s drain, so pm2 never SIGKILLs a server still finishing requests.
      kill_timeout: 15000,
      env: {
        NODE_ENV: 'production',
      },
    },
  ],
};
