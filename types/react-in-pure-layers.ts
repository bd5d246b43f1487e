// tsconfig.pure.json maps react, react-dom and their subpaths here, so this file joins the pure program
// only when src/core, src/lessons or src/protocol imports React, and its one type error fails
// `npm run typecheck` there. React belongs to src/ui.
const reactIsNotAllowedInThePureLayers: never = 'React belongs to src/ui, not to the pure layers';
export default reactIsNotAllowedInThePureLayers;
