# The Littlest JupyterHub: name the class folder for every learner's server.
# deploy/tljh-setup.sh copies this file to /opt/tljh/config/jupyterhub_config.d/.
c.Spawner.environment.update({"NARRATIVES_CLASS_FOLDER": "/srv/class"})  # noqa: F821
