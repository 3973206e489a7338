# Builds the application jar and runs it against the Neo4j of docker-compose.yml (NEO4J_URI).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY cypher cypher
COPY graphql graphql
COPY examples examples
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/ansvarskarta.jar /app/ansvarskarta.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-jar", "/app/ansvarskarta.jar"]
