import { startLanding } from "./landing";

// main.tsx imports this module first, so this runs before the modules after it in main.tsx (React, the store, the
// login page …) are evaluated: the session check and the landing page's data and chunks go out while they are.
startLanding(window.location.pathname);
